//! The command line of the facade's research examples (`contributors`, `network`,
//! `scorecard`): `--name value` options and positional arguments, usage errors (exit code
//! 2) and errors (exit code 1).

use std::collections::BTreeMap;
use std::error::Error;
use std::process::ExitCode;

/// A bad command line: the message, then the usage, on stderr; exit code 2.
pub fn usage_error(message: &str, usage: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{usage}");
    ExitCode::from(2)
}

/// The command line: positional arguments in order, and `--name value` options.
///
/// ```
/// use peacekeeping_testkit::cli::Args;
/// let args = Args::parse(["file.csv".into(), "--on".into(), "2013-12-31".into()], &["on"])?;
/// assert_eq!(args.positional, ["file.csv"]);
/// assert_eq!(args.get::<String>("on")?.as_deref(), Some("2013-12-31"));
/// assert!(Args::parse(["--off".into()], &["on"]).is_err());
/// # Ok::<(), String>(())
/// ```
#[derive(Debug)]
pub struct Args {
    /// The positional arguments, in order.
    pub positional: Vec<String>,
    /// The options given, by name without the dashes.
    pub options: BTreeMap<String, String>,
}

impl Args {
    /// Splits `args` (without the program name); each option must be one of `known` and
    /// be followed by a value, and may be given once.
    ///
    /// # Errors
    ///
    /// An unknown option, an option without its value or given twice, as a message for
    /// [`usage_error`].
    pub fn parse(args: impl IntoIterator<Item = String>, known: &[&str]) -> Result<Self, String> {
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
    ///
    /// # Errors
    ///
    /// The value does not parse, as a message naming the option and the value.
    pub fn get<T: std::str::FromStr>(&self, name: &str) -> Result<Option<T>, String>
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
pub fn exit_code(result: Result<(), Box<dyn Error>>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
