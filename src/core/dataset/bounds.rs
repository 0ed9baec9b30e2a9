//! The bounds of every text and every list of a dataset, checked by one
//! walk over the dataset as serde serializes it: every field the model
//! has is visited, so a field added to the model is bounded from the day it
//! exists, with no list of fields to keep in step. A text may hold at most
//! [`MAX_TEXT_CHARS`] characters; a list at most the bound its field names
//! ([`list_bound`]), [`MAX_ENTRIES`] for any list not named there. The
//! bounds of figures and years are here too; `validate` checks them.

use std::fmt::Display;

use serde::ser::{self, Serialize};

use crate::core::dataset::problem::{Problem, Severity};
use crate::core::text::number::number;

/// Fiscal years a plan may start and end in.
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Longest plan, in years after its first: 51 fiscal years in all. The
/// viewer draws and exports one column per plan year.
pub const MAX_PLAN_SPAN: i32 = 50;

/// Largest magnitude of any figure (budgets, targets, latest and yearly
/// figures). Below it a double still holds every integer, so figures are
/// printed and summed exactly.
pub const MAX_FIGURE: f64 = 1e15;

/// Longest text of any one field (or list entry), in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Most projects in a dataset.
pub const MAX_PROJECTS: usize = 10_000;

/// Most KPIs in a dataset, all projects together.
pub const MAX_KPIS: usize = 100_000;

/// Most programs in a dataset, all projects together.
pub const MAX_PROGRAMS: usize = 100_000;

/// Most initiatives (and initiative notes) in a dataset.
pub const MAX_INITIATIVES: usize = 10_000;

/// Most ministries in a dataset, and ministry ids in one list.
pub const MAX_MINISTRIES: usize = 100;

/// Most phases in a dataset, and phase ids in one list.
pub const MAX_PHASES: usize = 20;

/// Most breakdowns of one KPI (each is a row under it).
pub const MAX_BREAKDOWNS: usize = 50;

/// Most entries of any other list (notes, overview notes, plan paragraphs,
/// results, notable results, budget lines and their programs, grades).
pub const MAX_ENTRIES: usize = 1_000;

/// The bound of a list, by the field that holds it (and the field that
/// holds that, for a list of ids inside another list's entries), and the
/// noun its entries are counted in; `None` for a list bounded by another
/// check (the yearly figures, by the plan's years).
pub fn list_bound(parent: Option<&str>, field: &str) -> Option<(usize, &'static str)> {
    Some(match (parent, field) {
        (_, "yearly") => return None,
        (None, "projects") => (MAX_PROJECTS, "projects"),
        (None, "initiatives") => (MAX_INITIATIVES, "initiatives"),
        (None, "initiative_notes") => (MAX_INITIATIVES, "initiative notes"),
        (_, "ministries" | "lead" | "participating") => (MAX_MINISTRIES, "ministries"),
        (_, "phases") => (MAX_PHASES, "phases"),
        (Some("projects"), "kpis") => (MAX_KPIS, "KPIs"),
        (Some("projects"), "programs") => (MAX_PROGRAMS, "programs"),
        (_, "breakdowns") => (MAX_BREAKDOWNS, "breakdowns"),
        _ => (MAX_ENTRIES, "entries"),
    })
}

/// Every text and list of `value` (a dataset, or any part of one) beyond
/// its bound, as errors at its JSON path.
pub fn check_bounds(value: &impl Serialize) -> Vec<Problem> {
    let mut walk = Walk::default();
    // The walk never fails: every value is accepted and looked at.
    let _ = value.serialize(&mut walk);
    walk.problems
}

/// One step of a JSON path.
#[derive(Debug, Clone)]
enum Step {
    /// A struct's field.
    Field(&'static str),
    /// A map's key (a struct flattened into another is serialized as one).
    Key(String),
    /// A list's entry.
    Index(usize),
}

#[derive(Default)]
struct Walk {
    path: Vec<Step>,
    problems: Vec<Problem>,
}

impl Walk {
    /// The JSON path walked to: `projects[0].kpis[3].name`.
    fn path(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            let name = match step {
                Step::Field(f) => *f,
                Step::Key(k) => k.as_str(),
                Step::Index(i) => {
                    out.push_str(&format!("[{i}]"));
                    continue;
                }
            };
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(name);
        }
        out
    }

    fn error(&mut self, message: String) {
        self.problems.push(Problem {
            path: self.path(),
            severity: Severity::Error,
            message,
        });
    }

    /// The names of the fields holding the list walked to now and the list
    /// holding that (indices skipped): `(Some("projects"), "kpis")`.
    fn list_names(&self) -> (Option<&str>, &str) {
        let mut names = self.path.iter().rev().filter_map(|s| match s {
            Step::Field(f) => Some(*f),
            Step::Key(k) => Some(k.as_str()),
            Step::Index(_) => None,
        });
        let field = names.next().unwrap_or("");
        (names.next(), field)
    }

    fn text(&mut self, text: &str) {
        // A char is at least one byte: only long texts need counting.
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.error(format!(
                    "a text of {} characters; at most {}",
                    number(chars as f64),
                    number(MAX_TEXT_CHARS as f64)
                ));
            }
        }
    }

    fn list(&mut self, len: Option<usize>) {
        let (parent, field) = self.list_names();
        if let (Some(len), Some((max, noun))) = (len, list_bound(parent, field)) {
            if len > max {
                self.error(format!("{len} {noun}; at most {max}"));
            }
        }
    }
}

/// Never raised: the walk accepts every value.
#[derive(Debug)]
pub struct Never;

impl Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unreachable")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: Display>(_: T) -> Self {
        Never
    }
}

type Done = Result<(), Never>;

/// Serializer methods for values that hold no text and no list.
macro_rules! skip_scalars {
    ($($method:ident($ty:ty)),*) => {$(
        fn $method(self, _: $ty) -> Done {
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Walk {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Fields<'a>;

    fn serialize_str(self, v: &str) -> Done {
        self.text(v);
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Items<'a>, Never> {
        self.list(len);
        Ok(Items {
            walk: self,
            next: 0,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, Never> {
        Ok(Fields { walk: self })
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Done {
        value.serialize(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Never> {
        Ok(Items {
            walk: self,
            next: 0,
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Items<'a>, Never> {
        Ok(Items {
            walk: self,
            next: 0,
        })
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Never> {
        Ok(Items {
            walk: self,
            next: 0,
        })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Map<'a>, Never> {
        self.list(len);
        Ok(Map {
            walk: self,
            key: None,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Fields<'a>, Never> {
        Ok(Fields { walk: self })
    }
    // Scalars hold no text and no list.
    skip_scalars!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8])
    );
    fn serialize_none(self) -> Done {
        Ok(())
    }
    fn serialize_unit(self) -> Done {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Done {
        Ok(())
    }
}

/// The entries of a list (or tuple, or map), each at its index.
pub struct Items<'a> {
    walk: &'a mut Walk,
    next: usize,
}

impl Items<'_> {
    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.walk.path.push(Step::Index(self.next));
        self.next += 1;
        let done = value.serialize(&mut *self.walk);
        self.walk.path.pop();
        done
    }
}

/// The entries of a list or tuple are walked alike, whichever serde
/// trait hands them over.
macro_rules! walk_items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
                self.item(value)
            }
            fn end(self) -> Done {
                Ok(())
            }
        }
    )*};
}

walk_items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The entries of a map, each at its key (as text), as a struct's fields.
pub struct Map<'a> {
    walk: &'a mut Walk,
    key: Option<String>,
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Done {
        key.serialize(&mut *self.walk)?;
        self.key = match serde_json::to_value(key) {
            Ok(serde_json::Value::String(name)) => Some(name),
            Ok(other) => Some(other.to_string()),
            Err(_) => None,
        };
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.walk
            .path
            .push(Step::Key(self.key.take().unwrap_or_default()));
        let done = value.serialize(&mut *self.walk);
        self.walk.path.pop();
        done
    }
    fn end(self) -> Done {
        Ok(())
    }
}

/// The fields of a struct, each at its name.
pub struct Fields<'a> {
    walk: &'a mut Walk,
}

impl Fields<'_> {
    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.walk.path.push(Step::Field(key));
        let done = value.serialize(&mut *self.walk);
        self.walk.path.pop();
        done
    }
}

/// The fields of a struct or of a struct variant are walked alike.
macro_rules! walk_fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Fields<'_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Done {
                self.field(key, value)
            }
            fn end(self) -> Done {
                Ok(())
            }
        }
    )*};
}

walk_fields!(SerializeStruct, SerializeStructVariant);
