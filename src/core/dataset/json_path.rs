//! Where a dataset's JSON text failed to parse, as a JSON path
//! (`projects[0].kpis[3].latest`). serde_json builds the dataset on its own
//! (the model's `Deserialize` code once, keeping no path on the way); only
//! a text that fails is read again, here, up to the byte where serde_json
//! stopped, to name the value it was reading there.
//!
//! The path is the one a path-tracking deserializer (`serde_path_to_error`)
//! gives: the value whose reading failed (`…kpis[3].latest` for a figure of
//! the wrong type, `…kpis[3]` for a KPI missing a field); the list itself
//! for a list's punctuation (`…kpis`); the object, and `?` for its member
//! not yet named, for an object's (`…kpis[3].?`); `.` for the whole file.
//! Inside a field the model does not have, which the parser skips without
//! looking into it, the path goes on into the field's value, where a
//! tracking deserializer stops at the field. tests/json_path.rs holds the
//! two to each other on broken copies of a dataset.

use serde_json::error::Category;

use crate::core::dataset::bounds::key_text;

/// The JSON path of the value being read at byte `offset` of `text` when
/// serde_json stopped there with an error of `category`. `text` starts
/// with its value (no BOM).
pub fn path_at(text: &str, offset: usize, category: Category) -> String {
    let eof = category == Category::Eof;
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    // The byte the parser could not read, if it stopped at one.
    let mut broken = None;
    // Where the innermost list or object opened, and where the last key
    // closed.
    let (mut opened, mut key_closed) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let Some(top) = open.last_mut() else {
            // Before the text's value, or after it.
            match b {
                b'{' if i == 0 || bytes[..i].iter().all(|&c| is_space(c)) => {
                    open.push(Open::new(false));
                }
                _ if is_space(b) => {}
                _ => {
                    broken = Some(b);
                    break;
                }
            }
            i += 1;
            continue;
        };
        let list = top.list;
        let next = match top.at {
            At::Key { start, escape } => match text_byte(b, escape) {
                Some(Some(escape)) => At::Key { start, escape },
                Some(None) => {
                    top.key = key_text(&text[start..i]).into_owned();
                    key_closed = i;
                    At::Colon
                }
                None => {
                    broken = Some(b);
                    break;
                }
            },
            At::Text { escape } => match text_byte(b, escape) {
                Some(Some(escape)) => At::Text { escape },
                Some(None) => At::Done,
                None => {
                    broken = Some(b);
                    break;
                }
            },
            At::Number(part) => match part.next(b) {
                Some(next) => At::Number(next),
                // The number ends before `b`, which is read again after it.
                None if part.whole() && !b.is_ascii_digit() => {
                    top.at = At::Done;
                    continue;
                }
                None => {
                    broken = Some(b);
                    break;
                }
            },
            At::Word(rest) => match rest.split_first() {
                Some((&c, [])) if c == b => At::Done,
                Some((&c, rest)) if c == b => At::Word(rest),
                _ => {
                    broken = Some(b);
                    break;
                }
            },
            _ if is_space(b) => top.at,
            At::Start if b == if list { b']' } else { b'}' } => {
                close(&mut open);
                i += 1;
                continue;
            }
            At::Start | At::Comma if !list => match b {
                b'"' => At::Key {
                    start: i,
                    escape: 0,
                },
                _ => {
                    broken = Some(b);
                    break;
                }
            },
            At::Colon if b == b':' => At::Value,
            At::Value | At::Start | At::Comma => match b {
                b'{' | b'[' => {
                    top.at = At::Done;
                    opened = i;
                    open.push(Open::new(b == b'['));
                    i += 1;
                    continue;
                }
                b'"' => At::Text { escape: 0 },
                b'-' => At::Number(Part::Minus),
                b'0' => At::Number(Part::Zero),
                b'1'..=b'9' => At::Number(Part::Digits),
                b't' => At::Word(b"rue"),
                b'f' => At::Word(b"alse"),
                b'n' => At::Word(b"ull"),
                _ => {
                    broken = Some(b);
                    break;
                }
            },
            At::Done if b == b',' => {
                top.index += usize::from(list);
                At::Comma
            }
            At::Done if b == if list { b']' } else { b'}' } => {
                close(&mut open);
                i += 1;
                continue;
            }
            _ => {
                broken = Some(b);
                break;
            }
        };
        top.at = next;
        i += 1;
    }
    // Stopped by a syntax error just after a bracket: a value that may not
    // be a list or object (an enum's) is refused there, and the error is
    // the value's, not its first entry's. Just after a key: the key could
    // not be read (a lone surrogate, `\ud800"`).
    let last = bytes
        .len()
        .checked_sub(1)
        .filter(|_| broken.is_none() && category == Category::Syntax);
    let at = match open.last().map(|top| top.at) {
        Some(At::Start) if last == Some(opened) && opened > 0 => Some(Stopped::Refused),
        Some(At::Colon) if last == Some(key_closed) => Some(Stopped::Unread),
        _ => None,
    };
    path(&open, broken, eof, at)
}

/// Where a syntax error stopped the parser, when the byte it stopped at
/// does not say.
enum Stopped {
    /// At the bracket of a value that may not be a list or an object.
    Refused,
    /// At the closing quote of a key that could not be read.
    Unread,
}

/// JSON's whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// An open list or object.
struct Open {
    /// A list (else an object).
    list: bool,
    /// A list's entry being read (counted from 0).
    index: usize,
    /// An object's member being read.
    key: String,
    /// Where in it the reader is.
    at: At,
}

impl Open {
    fn new(list: bool) -> Self {
        Open {
            list,
            index: 0,
            key: String::new(),
            at: At::Start,
        }
    }
}

/// Closes the innermost list or object: the one holding it has read a
/// whole value.
fn close(open: &mut Vec<Open>) {
    open.pop();
    if let Some(top) = open.last_mut() {
        top.at = At::Done;
    }
}

/// Where the reader is in the innermost list or object.
#[derive(Clone, Copy)]
enum At {
    /// Just after its `[` or `{`.
    Start,
    /// Just after a `,`.
    Comma,
    /// In an object's key, whose opening quote is at `start`; `escape` as
    /// in [`text_byte`].
    Key { start: usize, escape: u8 },
    /// After a key, before its `:`.
    Colon,
    /// After a `:`, before the value.
    Value,
    /// In a string value; `escape` as in [`text_byte`].
    Text { escape: u8 },
    /// In a number, after the part named.
    Number(Part),
    /// In `true`, `false` or `null`: the letters still to come.
    Word(&'static [u8]),
    /// After a whole value (in a list or object: the one it holds).
    Done,
}

/// Byte `b` of a string: `Some(Some(escape))` when the string goes on
/// (`escape`: 0 outside an escape, [`ESCAPE`] just after its backslash,
/// else the hex digits of a `\u` still to come), `Some(None)` when `b`
/// closes it, `None` when `b` cannot be there.
fn text_byte(b: u8, escape: u8) -> Option<Option<u8>> {
    Some(match (escape, b) {
        (0, b'"') => None,
        (0, b'\\') => Some(ESCAPE),
        (0, ..=0x1F) => return None,
        (0, _) => Some(0),
        (ESCAPE, b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Some(0),
        (ESCAPE, b'u') => Some(4),
        (ESCAPE, _) => return None,
        (n, _) if b.is_ascii_hexdigit() => Some(n - 1),
        _ => return None,
    })
}

/// [`text_byte`]'s state just after an escape's backslash.
const ESCAPE: u8 = u8::MAX;

/// The part of a number just read: JSON's grammar as serde_json reads it
/// (one leading zero, a digit after a point and after an exponent).
#[derive(Clone, Copy)]
enum Part {
    Minus,
    Zero,
    Digits,
    Point,
    Fraction,
    Exponent,
    ExponentSign,
    ExponentDigits,
}

impl Part {
    /// Whether a number may end here.
    fn whole(self) -> bool {
        matches!(
            self,
            Part::Zero | Part::Digits | Part::Fraction | Part::ExponentDigits
        )
    }

    /// The part after `b`, or `None` when `b` does not go on the number.
    fn next(self, b: u8) -> Option<Part> {
        Some(match (self, b) {
            (Part::Minus, b'0') => Part::Zero,
            (Part::Minus | Part::Digits, b'0'..=b'9') => Part::Digits,
            (Part::Zero | Part::Digits, b'.') => Part::Point,
            (Part::Point | Part::Fraction, b'0'..=b'9') => Part::Fraction,
            (Part::Zero | Part::Digits | Part::Fraction, b'e' | b'E') => Part::Exponent,
            (Part::Exponent, b'+' | b'-') => Part::ExponentSign,
            (Part::Exponent | Part::ExponentSign | Part::ExponentDigits, b'0'..=b'9') => {
                Part::ExponentDigits
            }
            _ => return None,
        })
    }
}

/// The path where reading stopped: `open` as the reader left it, `broken`
/// the byte it could not read (if any), `eof` when the parser stopped for
/// want of more text; `stopped` as [`Stopped`] says.
fn path(open: &[Open], broken: Option<u8>, eof: bool, stopped: Option<Stopped>) -> String {
    /// The innermost list or object's own step after the path to it.
    enum Last {
        /// None: the error is the list's or object's own.
        Own,
        /// The entry or member being read.
        Item,
        /// An object's member not yet named.
        Unnamed,
    }
    let mut out = String::new();
    let step = |out: &mut String, open: &Open| {
        if open.list {
            out.push_str(&format!("[{}]", open.index));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&open.key);
        }
    };
    let Some((top, outer)) = open.split_last() else {
        return ".".into();
    };
    // serde_json reads a list's or object's punctuation (`,`, `]`, `}` and
    // what is missing between them) itself, outside the entry or member:
    // errors there are the list's or the object's. Otherwise the error is
    // in the entry or member being read.
    let punctuation = broken.is_some() || eof;
    let last = match top.at {
        At::Start if matches!(stopped, Some(Stopped::Refused)) => Last::Own,
        At::Colon if matches!(stopped, Some(Stopped::Unread)) => Last::Unnamed,
        At::Start | At::Comma if top.list => match broken {
            // `,]`: a trailing comma.
            Some(b']') => Last::Own,
            Some(_) => Last::Item,
            None if eof => Last::Own,
            None => Last::Item,
        },
        At::Start | At::Comma | At::Key { .. } => Last::Unnamed,
        At::Colon => Last::Own,
        At::Value | At::Text { .. } | At::Word(_) => Last::Item,
        At::Number(part) if part.whole() && broken.is_none() && eof => Last::Unnamed,
        At::Number(_) => Last::Item,
        At::Done if punctuation => Last::Unnamed,
        At::Done => Last::Item,
    };
    for open in outer {
        step(&mut out, open);
    }
    match last {
        Last::Own => {}
        Last::Item => step(&mut out, top),
        // A list's punctuation is the list's own.
        Last::Unnamed if top.list => {}
        Last::Unnamed => {
            if !out.is_empty() {
                out.push('.');
            }
            out.push('?');
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}
