//! TimeML in and out (TempEval-3 task A): read `<DCT>` and the text of `<TEXT>`, write the same
//! document with TIMEX3 tags inside `<TEXT>` and everything else kept.

use crate::extract::parse_dct;
use chrono::NaiveDateTime;

pub struct TmlDoc {
    /// The text content of `<TEXT>` with every tag removed (entities kept as written, so that
    /// the annotated output strips back to the same characters).
    pub text: String,
    pub dct: Option<NaiveDateTime>,
    /// The file up to and including `<TEXT>`, and from `</TEXT>` on.
    pub head: String,
    pub tail: String,
}

/// Remove the tags from a fragment, checking that they nest.
fn strip_tags(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut stack: Vec<String> = Vec::new();
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            return Err("not well-formed XML: a '<' is never closed".to_string());
        };
        let tag = &rest[lt + 1..lt + gt];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            match stack.pop() {
                Some(open) if open == name => {}
                Some(open) => {
                    return Err(format!("not well-formed XML: </{name}> closes <{open}>"))
                }
                None => return Err(format!("not well-formed XML: </{name}> closes nothing")),
            }
        } else if !tag.ends_with('/') && !tag.starts_with('!') && !tag.starts_with('?') {
            let name = tag.split_whitespace().next().unwrap_or("").to_string();
            stack.push(name);
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    if let Some(open) = stack.pop() {
        return Err(format!("not well-formed XML: <{open}> is never closed"));
    }
    Ok(out)
}

pub fn parse(src: &str) -> Result<TmlDoc, String> {
    let open = src
        .find("<TEXT>")
        .ok_or("not TimeML: there is no <TEXT> element")?;
    let inner_start = open + "<TEXT>".len();
    let close = src[inner_start..]
        .find("</TEXT>")
        .map(|i| i + inner_start)
        .ok_or("not well-formed XML: <TEXT> is never closed")?;
    let text = strip_tags(&src[inner_start..close])?;
    let dct = src.find("<DCT>").and_then(|d| {
        let end = src[d..].find("</DCT>")? + d;
        let seg = &src[d..end];
        let v = seg.find("value=\"")? + "value=\"".len();
        let vend = seg[v..].find('"')? + v;
        parse_dct(&seg[v..vend])
    });
    Ok(TmlDoc {
        text,
        dct,
        head: src[..inner_start].to_string(),
        tail: src[close..].to_string(),
    })
}

/// Attribute-safe text.
pub fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dct_and_text() {
        let d = parse(
            "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-03-01\">March 1</TIMEX3></DCT>\n<TEXT>On <EVENT eid=\"e1\">Monday</EVENT> it &amp; rained.</TEXT></TimeML>",
        )
        .unwrap();
        assert_eq!(d.text, "On Monday it &amp; rained.");
        assert_eq!(d.dct.unwrap().to_string(), "1998-03-01 00:00:00");
        assert!(d.head.ends_with("<TEXT>"));
        assert!(d.tail.starts_with("</TEXT>"));
    }

    #[test]
    fn rejects_broken_xml() {
        assert!(parse("<TEXT>a <b> c</TEXT>").is_err());
        assert!(parse("no tags here").is_err());
    }
}
