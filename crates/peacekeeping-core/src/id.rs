//! Stable identifiers of the entities in a [`Dataset`](crate::Dataset).
//!
//! An id is what other records use to point at an entity: a membership names its member
//! and organization by [`ActorId`], a contribution names its mission by [`MissionId`].
//! Ids are short, case-sensitive codes (`"BGD"`, `"AU"`, `"MINUSMA"`, `"un-dpo"`), stored
//! inline without a heap allocation when they have at most 24 bytes.
//!
//! Each kind of entity has its own id type, so that a mission id can never be passed
//! where an actor id is expected.

use compact_str::CompactString;

use crate::Error;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Checks that `value` is a well-formed id: 1 to [`MAX_ID_LEN`] bytes of ASCII letters,
/// digits and `- _ . : / +`.
fn check_id(kind: &'static str, value: &str) -> Result<(), Error> {
    let reason = if value.is_empty() {
        Some("an id cannot be empty")
    } else if value.len() > MAX_ID_LEN {
        Some("an id has at most 64 bytes")
    } else if !value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.:/+".contains(&b))
    {
        Some("an id holds only ASCII letters, digits and - _ . : / +")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(Error::InvalidId {
            kind,
            value: value.to_owned(),
            reason,
        }),
        None => Ok(()),
    }
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(CompactString);

        impl $name {
            /// Creates an id after checking that it is well formed.
            ///
            /// # Errors
            /// [`Error::InvalidId`] if `value` is empty, longer than 64 bytes, or holds a
            /// character other than ASCII letters, digits and `- _ . : / +`.
            pub fn new(value: &str) -> Result<Self, Error> {
                check_id($kind, value)?;
                Ok(Self(CompactString::new(value)))
            }

            /// The id as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = Error;

            fn from_str(s: &str) -> Result<Self, Error> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = Error;

            fn try_from(s: &str) -> Result<Self, Error> {
                Self::new(s)
            }
        }

        impl ::core::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl ::core::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        crate::macros::serde_via_str!($name);
    };
}

id_type!(
    /// Identifies an [`Actor`](crate::Actor): a state, an organization, an agency, a
    /// community. By convention states use their ISO 3166-1 alpha-3 code (`"NPL"` for
    /// Nepal) and organizations their usual acronym (`"AU"`, `"ECOWAS"`).
    ActorId,
    "actor id"
);
impl From<crate::CountryCode> for ActorId {
    /// The id of a state by convention: its ISO 3166-1 alpha-3 code (`NPL` for Nepal).
    /// Three ASCII letters are always a well-formed id.
    fn from(code: crate::CountryCode) -> Self {
        ActorId(CompactString::new(code.as_str()))
    }
}

id_type!(
    /// Identifies a [`Mission`](crate::Mission), by convention its acronym in the UN's
    /// spelling: `"MINUSMA"`, `"UNMISS"`, `"AMISOM"`.
    MissionId,
    "mission id"
);
id_type!(
    /// Identifies a [`Partnership`](crate::Partnership), e.g. `"un-au-joint-framework-2017"`.
    PartnershipId,
    "partnership id"
);
id_type!(
    /// Identifies a [`Training`](crate::Training) exercise or programme, e.g.
    /// `"african-lion-2023"`.
    TrainingId,
    "training id"
);
id_type!(
    /// Identifies a [`Friction`](crate::Friction), e.g. `"mali-minusma-2023-withdrawal-demand"`.
    FrictionId,
    "friction id"
);
id_type!(
    /// Identifies a [`Source`](crate::Source): a report, survey, interview, statistic or
    /// document a fact rests on, e.g. `"un-dpo-past-operations"`.
    SourceId,
    "source id"
);
id_type!(
    /// Identifies a [`Lesson`](crate::Lesson) learned or best practice, e.g.
    /// `"amisom-predictable-funding"`.
    LessonId,
    "lesson id"
);
id_type!(
    /// Identifies a [`GenderTarget`](crate::GenderTarget), e.g. `"ugps-troops-2028"`.
    TargetId,
    "target id"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_usual_ids() {
        for ok in [
            "BGD",
            "AU",
            "MINUSMA",
            "un-dpo",
            "ecomog:liberia_1990",
            "a.b/c+d",
        ] {
            assert_eq!(ActorId::new(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn a_country_code_is_the_id_of_its_state() {
        let zaire = crate::CountryCode::new("zar").unwrap();
        assert_eq!(ActorId::from(zaire), ActorId::new("ZAR").unwrap());
    }

    #[test]
    fn rejects_malformed_ids_with_the_reason() {
        let long = "x".repeat(MAX_ID_LEN + 1);
        for bad in ["", " BGD", "BGD ", "Côte", "a b", long.as_str()] {
            let err = MissionId::new(bad).unwrap_err();
            assert!(
                matches!(
                    err,
                    Error::InvalidId {
                        kind: "mission id",
                        ..
                    }
                ),
                "{bad:?} gave {err}"
            );
        }
        assert!(ActorId::new(&"x".repeat(MAX_ID_LEN)).is_ok());
    }
}
