//! A small RFC 4180 CSV reader over raw bytes: quoted fields, doubled quotes, CRLF, a
//! leading byte-order mark. It never panics; a malformed record (unterminated quote,
//! invalid UTF-8) is reported with its line and the reader goes on with the next one.

use crate::error::RowProblem;

/// One record: the line it starts on (1-based) and its fields, or what is wrong with it.
pub(crate) struct Record {
    pub(crate) line: usize,
    pub(crate) fields: Result<Vec<String>, String>,
}

/// The records of a CSV text and its header: the first record's fields, or the problem
/// with it (an unreadable first record, or no record at all) on line 1 or its line.
pub(crate) fn with_header(
    bytes: &[u8],
) -> Result<(Vec<String>, std::vec::IntoIter<Record>), RowProblem> {
    let mut records = records(bytes).into_iter();
    match records.next() {
        Some(Record { fields: Ok(h), .. }) => Ok((h, records)),
        Some(Record {
            line,
            fields: Err(e),
        }) => Err(RowProblem::new(line, "header", e)),
        None => Err(RowProblem::new(1, "header", "no header line".to_owned())),
    }
}

/// Splits `bytes` into records. Blank lines are skipped.
fn records(bytes: &[u8]) -> Vec<Record> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let start_line = line;
        let mut fields: Vec<Vec<u8>> = vec![Vec::new()];
        let mut in_quotes = false;
        let mut quoted_field = false;
        let mut error = None;
        loop {
            let Some(&b) = bytes.get(i) else {
                if in_quotes {
                    error = Some("unterminated quoted field".to_owned());
                }
                break;
            };
            i += 1;
            let last = fields.len() - 1;
            if in_quotes {
                match b {
                    b'"' if bytes.get(i) == Some(&b'"') => {
                        fields[last].push(b'"');
                        i += 1;
                    }
                    b'"' => in_quotes = false,
                    b'\n' => {
                        line += 1;
                        fields[last].push(b);
                    }
                    _ => fields[last].push(b),
                }
            } else {
                match b {
                    b'"' if fields[last].is_empty() && !quoted_field => {
                        in_quotes = true;
                        quoted_field = true;
                    }
                    b',' => {
                        fields.push(Vec::new());
                        quoted_field = false;
                    }
                    b'\n' => {
                        line += 1;
                        break;
                    }
                    b'\r' if bytes.get(i) == Some(&b'\n') => {}
                    _ => fields[last].push(b),
                }
            }
        }
        if fields.len() == 1 && fields[0].is_empty() && error.is_none() && !quoted_field {
            continue;
        }
        let fields = match error {
            Some(e) => Err(e),
            None => fields
                .into_iter()
                .enumerate()
                .map(|(k, f)| {
                    String::from_utf8(f).map_err(|_| format!("field {} is not valid UTF-8", k + 1))
                })
                .collect(),
        };
        out.push(Record {
            line: start_line,
            fields,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::records;

    #[test]
    fn quotes_crlf_and_bom() {
        let r = records(b"\xEF\xBB\xBFa,\"b,\"\"c\"\"\"\r\n\n\"x\ny\",2\n");
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].fields.as_deref().ok(),
            Some(&["a".to_owned(), "b,\"c\"".to_owned()][..])
        );
        assert_eq!(r[1].line, 3);
        assert_eq!(
            r[1].fields.as_ref().map(|f| f[0].as_str()).ok(),
            Some("x\ny")
        );
        assert!(
            records(b"\"open")
                .first()
                .is_some_and(|r| r.fields.is_err())
        );
        assert!(
            records(b"\xff,1")
                .first()
                .is_some_and(|r| r.fields.is_err())
        );
    }
}
