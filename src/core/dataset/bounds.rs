//! The bounds of every text and every list of a dataset, checked by one
//! walk over the dataset as serde serializes it: every field the model
//! has is visited, so a field added to the model is bounded from the day it
//! exists, with no list of fields to keep in step. A text may hold at most
//! [`MAX_TEXT_CHARS`] characters, and at most [`MAX_MARK_RUN`] combining
//! marks in a row; a list at most the bound its field names
//! ([`list_bound`]), [`MAX_ENTRIES`] for any list not named there. The
//! bounds of figures and years are here too; `validate` checks them.
//!
//! The same walk writes a dataset's JSON text for the exports
//! ([`json_text`]), so the wasm holds one serializer of the model, not two.
//!
//! A list is also bounded before it is built: [`scan_lists`] counts the
//! entries of every list in a dataset's JSON text, without building any,
//! so a file holding millions of entries is refused at once rather than
//! after millions of strings were made.

use std::borrow::Cow;
use std::fmt::Display;

use serde::ser::{self, Serialize};

use crate::core::dataset::problem::{Problem, Severity};
use crate::core::text::marks::longest_run;
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

/// Most combining marks (and other characters that extend the one before
/// them: `text::marks::extends`) in a row. Any script needs a few on one
/// letter; thousands on one letter take the browser seconds to lay out,
/// however short the text is in characters.
pub const MAX_MARK_RUN: usize = 32;

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

/// How a list beyond its bound is worded, by the walk and by the scan.
fn too_many(len: usize, noun: &str, max: usize) -> String {
    format!("{len} {noun}; at most {max}")
}

/// The most entries a list may hold in a dataset's JSON text, by the
/// fields that hold it: its [`list_bound`], and for yearly figures (bounded
/// by the plan's years once parsed) one per year of the longest plan.
fn scan_bound(parent: Option<&str>, field: &str) -> (usize, &'static str) {
    list_bound(parent, field).unwrap_or((MAX_PLAN_SPAN as usize + 1, "yearly figures"))
}

/// A list in a dataset's JSON text with more entries than its bound, found
/// by [`scan_lists`] before the text is parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongList {
    /// The list's JSON path, e.g. `projects[0].ministry_actions`.
    pub path: String,
    /// Byte offset in the text of its first entry beyond the bound.
    pub offset: usize,
    /// What is wrong, worded as the walk words it: `3000000 entries; at
    /// most 1000`.
    pub message: String,
}

/// Deeper than this the scan stops looking: serde_json refuses JSON
/// nested deeper than 128 levels anyway.
const SCAN_DEPTH: usize = 128;

/// One open list or object of the text being scanned.
struct Open<'t> {
    /// Where it sits in the one holding it.
    step: Option<ScanStep<'t>>,
    /// `Some` for a list: its bound and noun.
    list: Option<(usize, &'static str)>,
    /// A list's entries, or an object's members, so far.
    entries: usize,
    /// An object's last key.
    key: Cow<'t, str>,
    /// Whether an object's next string is a key.
    expect_key: bool,
}

/// A step of a JSON path while scanning: a member's key or an entry's index.
#[derive(Clone)]
enum ScanStep<'t> {
    Key(Cow<'t, str>),
    Index(usize),
}

/// Counts the entries of every list in a dataset's JSON `text` and refuses
/// the first list with more than its bound (the bound the walk checks once
/// the dataset is built: [`list_bound`]; any list of a field the dataset
/// does not have, [`MAX_ENTRIES`]). One pass over the bytes that builds no
/// value: a list of millions of entries costs a scan, not millions of
/// strings. The whole list is counted, so the message gives its length.
/// Text that is not JSON is left for the parser to report.
pub fn scan_lists(text: &str) -> Result<(), LongList> {
    let bytes = text.as_bytes();
    let mut open: Vec<Open<'_>> = Vec::new();
    // The list over its bound: its depth and its first entry beyond it.
    let mut over: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            b',' => {
                if let Some(top) = open.last_mut() {
                    top.expect_key = top.list.is_none();
                }
            }
            b']' | b'}' => {
                if let Some((depth, offset)) = over {
                    if depth == open.len() {
                        return Err(long_list(&open, offset));
                    }
                }
                open.pop();
            }
            _ => {
                let start = i;
                let is_key = open.last().is_some_and(|top| top.expect_key);
                if !is_key {
                    if let Some(top) = open.last_mut() {
                        top.entries += 1;
                        if let Some((max, _)) = top.list {
                            if top.entries == max + 1 && over.is_none() {
                                over = Some((open.len(), start));
                            }
                        }
                    }
                }
                match b {
                    b'[' | b'{' => {
                        if open.len() == SCAN_DEPTH {
                            return Ok(());
                        }
                        let step = open.last().map(|top| match top.list {
                            Some(_) => ScanStep::Index(top.entries - 1),
                            None => ScanStep::Key(top.key.clone()),
                        });
                        let list = (b == b'[').then(|| {
                            let mut names = open
                                .iter()
                                .filter_map(|o| o.step.as_ref())
                                .chain(step.as_ref())
                                .rev()
                                .filter_map(|s| match s {
                                    ScanStep::Key(k) => Some(k.as_ref()),
                                    ScanStep::Index(_) => None,
                                });
                            let field = names.next().unwrap_or("");
                            scan_bound(names.next(), field)
                        });
                        open.push(Open {
                            step,
                            list,
                            entries: 0,
                            key: Cow::Borrowed(""),
                            expect_key: b == b'{',
                        });
                    }
                    b'"' => {
                        let end = string_end(bytes, i + 1);
                        if is_key {
                            if let Some(top) = open.last_mut() {
                                top.key = key_text(&text[start..end.min(bytes.len())]);
                                top.expect_key = false;
                            }
                        }
                        i = end;
                    }
                    _ => {
                        // A number, `true`, `false` or `null` (or garbage
                        // the parser will name): to the next delimiter.
                        while i + 1 < bytes.len()
                            && !matches!(
                                bytes[i + 1],
                                b',' | b']' | b'}' | b':' | b'"' | b' ' | b'\t' | b'\n' | b'\r'
                            )
                        {
                            i += 1;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    match over {
        // The text ended inside the list (the parser will say so too).
        Some((depth, offset)) => {
            open.truncate(depth);
            Err(long_list(&open, offset))
        }
        None => Ok(()),
    }
}

/// Where the string whose content starts at `from` ends: the index of its
/// closing quote (or the end of the text).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// A key as the parser reads it: `quoted` (with its opening quote) without
/// its escapes.
pub fn key_text(quoted: &str) -> Cow<'_, str> {
    let raw = &quoted[1..];
    if !raw.contains('\\') {
        return Cow::Borrowed(raw);
    }
    serde_json::from_str::<String>(&format!("{quoted}\"")).map_or(Cow::Borrowed(raw), Cow::Owned)
}

/// The error for the list that is open deepest in `open`.
fn long_list(open: &[Open<'_>], offset: usize) -> LongList {
    let steps: Vec<Step> = open
        .iter()
        .filter_map(|o| o.step.as_ref())
        .map(|s| match s {
            ScanStep::Key(k) => Step::Key(k.to_string()),
            ScanStep::Index(i) => Step::Index(*i),
        })
        .collect();
    let (entries, (max, noun)) = open.last().map_or((0, (0, "entries")), |o| {
        (o.entries, o.list.unwrap_or((0, "entries")))
    });
    LongList {
        path: json_path(&steps),
        offset,
        message: too_many(entries, noun, max),
    }
}

/// Every text and list of `value` (a dataset, or any part of one) beyond
/// its bound, as errors at its JSON path.
pub fn check_bounds(value: &impl Serialize) -> Vec<Problem> {
    let mut walk = Walk::default();
    // The walk never fails: every value is accepted and looked at.
    let _ = value.serialize(&mut walk);
    walk.problems
}

/// `value` as compact JSON text, byte for byte what `serde_json::to_string`
/// writes, by the same walk: a second serializer would compile every model
/// type's `Serialize` into the wasm a second time (about 3 KB gzip).
pub fn json_text(value: &impl Serialize) -> String {
    let mut walk = Walk {
        json: Some(String::new()),
        ..Walk::default()
    };
    let _ = value.serialize(&mut walk);
    walk.json.unwrap_or_default()
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
    /// The JSON text written so far, when the walk writes it ([`json_text`]).
    json: Option<String>,
}

/// A JSON path: `projects[0].kpis[3].name`.
fn json_path(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
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

impl Walk {
    /// Writes `token` to the JSON text, when the walk writes it.
    fn write(&mut self, token: &str) {
        if let Some(json) = &mut self.json {
            json.push_str(token);
        }
    }

    /// Writes `text` as a JSON string, escaped as serde_json escapes it.
    fn write_string(&mut self, text: &str) {
        if let Some(json) = &mut self.json {
            json.push('"');
            for c in text.chars() {
                match c {
                    '"' => json.push_str("\\\""),
                    '\\' => json.push_str("\\\\"),
                    '\n' => json.push_str("\\n"),
                    '\r' => json.push_str("\\r"),
                    '\t' => json.push_str("\\t"),
                    '\u{8}' => json.push_str("\\b"),
                    '\u{c}' => json.push_str("\\f"),
                    c if c < ' ' => {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        let byte = c as u8;
                        json.push_str("\\u00");
                        json.push(HEX[usize::from(byte >> 4)] as char);
                        json.push(HEX[usize::from(byte & 0xf)] as char);
                    }
                    c => json.push(c),
                }
            }
            json.push('"');
        }
    }

    /// Writes a scalar as JSON: integers and booleans as Rust prints them.
    fn write_display(&mut self, value: impl Display) {
        if let Some(json) = &mut self.json {
            use std::fmt::Write;
            let _ = write!(json, "{value}");
        }
    }

    /// The JSON path walked to: `projects[0].kpis[3].name`.
    fn path(&self) -> String {
        json_path(&self.path)
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

    /// Checks a text's bounds. A walk that writes JSON ([`json_text`])
    /// checks nothing: it writes datasets that were validated when loaded.
    fn text(&mut self, text: &str) {
        if self.json.is_some() {
            return;
        }
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
        // Marks are two bytes or more: only such runs need counting.
        if text.len() > 2 * MAX_MARK_RUN {
            let run = longest_run(text);
            if run > MAX_MARK_RUN {
                self.error(format!(
                    "{} combining marks in a row on one character; at most {MAX_MARK_RUN}",
                    number(run as f64)
                ));
            }
        }
    }

    /// Checks a list's length against its bound (not when writing JSON).
    fn list(&mut self, len: Option<usize>) {
        if self.json.is_some() {
            return;
        }
        let (parent, field) = self.list_names();
        if let (Some(len), Some((max, noun))) = (len, list_bound(parent, field)) {
            if len > max {
                self.error(too_many(len, noun, max));
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

/// Serializer methods for numbers and booleans: no text and no list, and
/// written as Rust prints them (as serde_json writes them).
macro_rules! scalars {
    ($($method:ident($ty:ty)),*) => {$(
        fn $method(self, value: $ty) -> Done {
            self.write_display(value);
            Ok(())
        }
    )*};
}

impl<'a> ser::Serializer for &'a mut Walk {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Entries<'a>;
    type SerializeTuple = Entries<'a>;
    type SerializeTupleStruct = Entries<'a>;
    type SerializeTupleVariant = Entries<'a>;
    type SerializeMap = Map<'a>;
    type SerializeStruct = Entries<'a>;
    type SerializeStructVariant = Entries<'a>;

    fn serialize_str(self, v: &str) -> Done {
        self.text(v);
        self.write_string(v);
        Ok(())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Entries<'a>, Never> {
        self.list(len);
        Ok(Entries::open(self, "", "]"))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Entries<'a>, Never> {
        Ok(Entries::open(self, "", "}"))
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
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.write("{");
        self.write_string(variant);
        self.write(":");
        value.serialize(&mut *self)?;
        self.write("}");
        Ok(())
    }
    fn serialize_tuple(self, _: usize) -> Result<Entries<'a>, Never> {
        Ok(Entries::open(self, "", "]"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Entries<'a>, Never> {
        Ok(Entries::open(self, "", "]"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Entries<'a>, Never> {
        Ok(Entries::open(self, variant, "]}"))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Map<'a>, Never> {
        self.list(len);
        self.write("{");
        Ok(Map {
            walk: self,
            key: None,
            next: 0,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Entries<'a>, Never> {
        Ok(Entries::open(self, variant, "}}"))
    }
    scalars!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64)
    );
    fn serialize_f32(self, v: f32) -> Done {
        self.serialize_f64(f64::from(v))
    }
    /// A figure as serde_json writes it (its shortest exact digits; `null`
    /// when not finite).
    fn serialize_f64(self, v: f64) -> Done {
        if self.json.is_some() {
            let text = serde_json::to_string(&v).unwrap_or_default();
            self.write(&text);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Done {
        self.write_string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        let mut items = Entries::open(self, "", "]");
        for byte in v {
            ser::SerializeSeq::serialize_element(&mut items, byte)?;
        }
        ser::SerializeSeq::end(items)
    }
    fn serialize_none(self) -> Done {
        self.write("null");
        Ok(())
    }
    fn serialize_unit(self) -> Done {
        self.write("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.write("null");
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.write_string(variant);
        Ok(())
    }
}

/// The entries of a list (or tuple), each at its index, or the fields of a
/// struct, each at its name; in JSON between `[` and `]` or `{` and `}`.
pub struct Entries<'a> {
    walk: &'a mut Walk,
    next: usize,
    /// What ends it in JSON: `]` or `}`, and one `}` more for a variant's.
    close: &'static str,
}

impl<'a> Entries<'a> {
    /// Opens a list (`[`, closed by `close`) or a struct (`{`): with
    /// `{"variant":` first for a variant's content.
    fn open(walk: &'a mut Walk, variant: &str, close: &'static str) -> Self {
        if !variant.is_empty() {
            walk.write("{");
            walk.write_string(variant);
            walk.write(":");
        }
        walk.write(if close.starts_with(']') { "[" } else { "{" });
        Entries {
            walk,
            next: 0,
            close,
        }
    }

    /// Walks to `value` at `step`, written after `key` (`"name":`) if any.
    fn entry<T: ?Sized + Serialize>(&mut self, step: Step, key: Option<&str>, value: &T) -> Done {
        if self.next > 0 {
            self.walk.write(",");
        }
        self.next += 1;
        if let Some(key) = key {
            self.walk.write_string(key);
            self.walk.write(":");
        }
        self.walk.path.push(step);
        let done = value.serialize(&mut *self.walk);
        self.walk.path.pop();
        done
    }

    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
        self.entry(Step::Index(self.next), None, value)
    }

    fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Done {
        self.entry(Step::Field(key), Some(key), value)
    }
}

/// The entries of a list or tuple are walked alike, whichever serde
/// trait hands them over.
macro_rules! walk_items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Entries<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Done {
                self.item(value)
            }
            fn end(self) -> Done {
                self.walk.write(self.close);
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

/// The fields of a struct or of a struct variant are walked alike.
macro_rules! walk_fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Entries<'_> {
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
                self.walk.write(self.close);
                Ok(())
            }
        }
    )*};
}

walk_fields!(SerializeStruct, SerializeStructVariant);

/// The entries of a map, each at its key (as text), as a struct's fields.
pub struct Map<'a> {
    walk: &'a mut Walk,
    key: Option<String>,
    next: usize,
}

impl ser::SerializeMap for Map<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Done {
        // The key is looked at, not written as a value.
        let json = self.walk.json.take();
        key.serialize(&mut *self.walk)?;
        self.walk.json = json;
        self.key = match serde_json::to_value(key) {
            Ok(serde_json::Value::String(name)) => Some(name),
            Ok(other) => Some(other.to_string()),
            Err(_) => None,
        };
        if self.next > 0 {
            self.walk.write(",");
        }
        self.next += 1;
        self.walk
            .write_string(self.key.as_deref().unwrap_or_default());
        self.walk.write(":");
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
        self.walk.write("}");
        Ok(())
    }
}
