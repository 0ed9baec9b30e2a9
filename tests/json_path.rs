//! A parse error's path, found from where serde_json stopped
//! (dataset::json_path), is the path a path-tracking deserializer
//! (serde_path_to_error) gives for the same error, on broken copies of a
//! dataset: cut short anywhere, a byte inserted or removed anywhere, any
//! value given another type, any field left out or given twice. Only
//! inside a field the model does not have, and inside an enum's value
//! written as an object or a list, may it go further.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use serde_json::Value;
use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;

const MINI: &str = include_str!("fixtures/mini.json");

/// The dataset's fields, by name: every field of the model, and the
/// fields whose values are enums (a name, as `"grade": "A"`).
struct Fields {
    all: BTreeSet<String>,
    enums: BTreeSet<String>,
}

fn model_fields() -> Fields {
    let schema = serde_json::to_value(schemars::schema_for!(Dataset)).unwrap();
    let defs = schema["$defs"].as_object().unwrap();
    let enums: Vec<String> = defs
        .iter()
        .filter(|(_, def)| def.get("properties").is_none())
        .map(|(name, _)| format!("#/$defs/{name}\""))
        .collect();
    let mut fields = Fields {
        all: BTreeSet::new(),
        enums: BTreeSet::new(),
    };
    let properties = defs
        .values()
        .chain([&schema])
        .filter_map(|def| def.get("properties")?.as_object());
    for map in properties {
        for (name, property) in map {
            fields.all.insert(name.clone());
            let text = property.to_string();
            if enums.iter().any(|e| text.contains(e.as_str())) {
                fields.enums.insert(name.clone());
            }
        }
    }
    assert!(fields.enums.contains("grade") && fields.all.contains("latest"));
    fields
}

/// The path serde_path_to_error gives for `text`'s error, with the error's
/// position and message.
fn tracked(text: &str) -> Option<(String, usize, usize, String)> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let err = serde_path_to_error::deserialize::<_, Dataset>(de).err()?;
    let path = err.path().to_string();
    let inner = err.into_inner();
    Some((path, inner.line(), inner.column(), inner.to_string()))
}

/// Checks `text`: where parse_dataset fails as serde_json does, its path is
/// serde_path_to_error's. Returns whether it was compared.
fn same_path(text: &str, fields: &Fields) -> bool {
    let Err(ours) = parse_dataset(text) else {
        return false;
    };
    let Some((theirs, line, column, message)) = tracked(text) else {
        return false;
    };
    // Errors of the parse's own checks (lists, versions, the top level)
    // are not serde_json's.
    if (ours.line, ours.column) != (line, column) || !message.starts_with(&ours.message) {
        return false;
    }
    if ours.path != theirs {
        // Inside a field the model does not have, or an enum's value written
        // as an object or list, ours goes further.
        let field = theirs.rsplit(['.', '[']).next().unwrap_or("");
        let inside =
            !field.ends_with(']') && (!fields.all.contains(field) || fields.enums.contains(field));
        assert!(
            ours.path.starts_with(&theirs) && inside,
            "{text}\n→ {message}\nours: {}\ntheirs: {theirs}",
            ours.path
        );
    }
    true
}

/// MINI as written and on one line.
fn texts() -> Vec<String> {
    let compact = serde_json::to_string(&serde_json::from_str::<Value>(MINI).unwrap()).unwrap();
    vec![MINI.to_string(), compact]
}

#[test]
fn nothing_at_all_is_an_error_not_a_panic() {
    for text in ["", " ", "\n\t"] {
        assert!(parse_dataset(text).is_err(), "{text:?}");
    }
}

#[test]
fn cut_short_anywhere() {
    let fields = model_fields();
    let mut compared = 0;
    for text in texts() {
        for (end, _) in text.char_indices().skip(1) {
            compared += usize::from(same_path(&text[..end], &fields));
        }
    }
    assert!(compared > 5_000, "{compared}");
}

#[test]
fn a_byte_inserted_or_removed_anywhere() {
    let fields = model_fields();
    let mut compared = 0;
    let text = &texts()[1];
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    // Each position gets one of them in turn (every one of them at every
    // position takes half a minute).
    let inserts = [
        ",", "]", "}", ":", "\"", "x", "0", "-", ".", "e", "{", "[", "\\", "\u{1}", "null", " ",
        "1",
    ];
    for (n, &at) in cuts.iter().enumerate() {
        let insert = inserts[n % inserts.len()];
        let broken = format!("{}{insert}{}", &text[..at], &text[at..]);
        compared += usize::from(same_path(&broken, &fields));
    }
    for pair in cuts.windows(2) {
        let broken = format!("{}{}", &text[..pair[0]], &text[pair[1]..]);
        compared += usize::from(same_path(&broken, &fields));
    }
    assert!(compared > 5_000, "{compared}");
}

/// Every value in `value`, by the steps to it (an object's keys, a list's
/// indices).
fn places(value: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                at.push(Value::from(k.as_str()));
                places(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(Value::from(i));
                places(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(mut value: &'a mut Value, steps: &[Value]) -> &'a mut Value {
    for step in steps {
        value = match step {
            Value::String(k) => value.get_mut(k.as_str()).unwrap(),
            _ => value.get_mut(step.as_u64().unwrap() as usize).unwrap(),
        };
    }
    value
}

#[test]
fn any_value_of_another_type_any_field_left_out_or_twice() {
    let fields = model_fields();
    let mini: Value = serde_json::from_str(MINI).unwrap();
    let mut all = Vec::new();
    places(&mini, &mut Vec::new(), &mut all);
    let mut compared = 0;
    let others = [
        Value::Null,
        Value::from(true),
        Value::from(-1.5),
        Value::from(7),
        Value::from("x"),
        Value::Array(vec![Value::from(1)]),
        serde_json::json!({ "x": 1 }),
    ];
    for steps in &all {
        for other in &others {
            let mut broken = mini.clone();
            *at_mut(&mut broken, steps) = other.clone();
            let text = serde_json::to_string_pretty(&broken).unwrap();
            compared += usize::from(same_path(&text, &fields));
        }
        // Left out.
        if let Some((Value::String(key), parent)) = steps.split_last() {
            let mut broken = mini.clone();
            at_mut(&mut broken, parent)
                .as_object_mut()
                .unwrap()
                .remove(key);
            compared += usize::from(same_path(&broken.to_string(), &fields));
            // Twice: written again after the object's last member.
            let value = at_mut(&mut mini.clone(), steps).to_string();
            let text = serde_json::to_string(&mini).unwrap();
            let parent_text = at_mut(&mut mini.clone(), parent).to_string();
            let start = text.find(&parent_text).unwrap();
            let end = start + parent_text.len() - 1;
            let twice = format!(
                "{},{}:{value}{}",
                &text[..end],
                Value::from(key.as_str()),
                &text[end..]
            );
            compared += usize::from(same_path(&twice, &fields));
        }
    }
    assert!(compared > 1_000, "{compared}");
}
