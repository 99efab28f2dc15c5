//! What the research examples share on their command line: `--name value` options and
//! positional arguments, usage errors (exit code 2), errors (exit code 1) and CSV
//! fields. Each example includes this file with `#[path]`.

use std::collections::BTreeMap;
use std::error::Error;
use std::process::ExitCode;

/// A bad command line: the message, then the usage, on stderr; exit code 2.
pub(crate) fn usage_error(message: &str, usage: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{usage}");
    ExitCode::from(2)
}

/// The command line: positional arguments in order, and `--name value` options.
pub(crate) struct Args {
    /// The positional arguments, in order.
    pub(crate) positional: Vec<String>,
    /// The options given, by name without the dashes.
    pub(crate) options: BTreeMap<String, String>,
}

impl Args {
    /// Splits `args` (without the program name); each option must be one of `known` and
    /// be followed by a value, and may be given once.
    pub(crate) fn parse(
        args: impl IntoIterator<Item = String>,
        known: &[&str],
    ) -> Result<Self, String> {
        let mut out = Args {
            positional: Vec::new(),
            options: BTreeMap::new(),
        };
        let mut it = args.into_iter();
        while let Some(arg) = it.next() {
            let Some(name) = arg.strip_prefix("--") else {
                out.positional.push(arg);
                continue;
            };
            if !known.contains(&name) {
                return Err(format!("unknown option {arg:?}"));
            }
            let value = it.next().ok_or_else(|| format!("{arg} needs a value"))?;
            if out.options.insert(name.to_owned(), value).is_some() {
                return Err(format!("{arg} given twice"));
            }
        }
        Ok(out)
    }

    /// The value of option `name`, parsed.
    pub(crate) fn get<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, String>
    where
        T::Err: std::fmt::Display,
    {
        self.options
            .get(name)
            .map(|v| v.parse().map_err(|e| format!("--{name} {v:?}: {e}")))
            .transpose()
    }
}

/// Success, or the error on stderr and exit code 1.
pub(crate) fn exit_code(result: Result<(), Box<dyn Error>>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `value` as a CSV field: quoted (quotes doubled) if it holds a comma, a quote or a line
/// break.
pub(crate) fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}
