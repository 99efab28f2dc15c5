//! Countries, regions and languages.
//!
//! States are identified by ISO 3166-1 alpha-3 codes, including the codes ISO 3166-3
//! withdrew when a state dissolved or renamed itself, because peacekeeping data spans
//! them: Yugoslavia (`YUG`) contributed to UNEF I, Zaire (`ZAR`) hosted refugees of the
//! Rwandan genocide, Czechoslovakia (`CSK`) and the USSR (`SUN`) sent observers.

use core::fmt;
use core::str::FromStr;

use crate::Error;
use crate::macros::{serde_via_str, vocabulary};

/// An ISO 3166-1 alpha-3 country code, current or withdrawn (ISO 3166-3).
///
/// Validated against the ISO tables of the `rust_iso3166` crate. One code outside ISO is
/// accepted: `XKX`, the user-assigned code that the EU, the IMF and the UN's own statistics
/// use for Kosovo (host of UNMIK and KFOR). Codes are upper-case; parsing also accepts
/// lower-case.
///
/// ```
/// use peacekeeping_core::CountryCode;
///
/// let nepal: CountryCode = "NPL".parse()?;
/// assert_eq!(nepal.name(), Some("Nepal"));
/// let zaire: CountryCode = "ZAR".parse()?; // Zaire, ISO 3166-3, now COD
/// assert!(zaire.is_former());
/// assert!("XYZ".parse::<CountryCode>().is_err());
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 3]);

/// The user-assigned code for Kosovo, see [`CountryCode`].
const KOSOVO: [u8; 3] = *b"XKX";

impl CountryCode {
    /// Creates a code after checking it against ISO 3166-1 and ISO 3166-3.
    ///
    /// # Errors
    /// [`Error::InvalidCountryCode`] if `code` is not three ASCII letters naming a current
    /// or former country (or `XKX`).
    pub fn new(code: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidCountryCode {
            value: code.to_owned(),
        };
        let bytes: [u8; 3] = code.as_bytes().try_into().map_err(|_| invalid())?;
        if !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Err(invalid());
        }
        let upper = bytes.map(|b| b.to_ascii_uppercase());
        let candidate = CountryCode(upper);
        if upper == KOSOVO || candidate.current().is_some() || candidate.is_former() {
            Ok(candidate)
        } else {
            Err(invalid())
        }
    }

    /// The code as text, e.g. `"NPL"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        core::str::from_utf8(&self.0).unwrap_or("???")
    }

    fn current(&self) -> Option<rust_iso3166::CountryCode> {
        rust_iso3166::from_alpha3(self.as_str())
    }

    /// Whether the code was withdrawn from ISO 3166-1 and is listed in ISO 3166-3 (`YUG`,
    /// `SCG`, `ZAR`, `CSK`, `SUN`, `DDR`, `YMD`, ...).
    #[must_use]
    pub fn is_former(&self) -> bool {
        self.current().is_none()
            && rust_iso3166::iso3166_3::ALL
                .iter()
                .any(|c| c.former.alpha3 == self.as_str())
    }

    /// The ISO short name of the country, if ISO has one for this code. Former codes have
    /// the name ISO 3166-3 records; `XKX` has none.
    #[must_use]
    pub fn name(&self) -> Option<&'static str> {
        if let Some(current) = self.current() {
            return Some(current.name);
        }
        rust_iso3166::iso3166_3::ALL
            .iter()
            .find(|c| c.former.alpha3 == self.as_str())
            .map(|c| c.former.name)
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        CountryCode::new(s)
    }
}

serde_via_str!(CountryCode);

/// A language code: ISO 639-1 (two letters, `"fr"`) or ISO 639-2/3 (three letters,
/// `"swa"`).
///
/// Official languages matter in partnerships: a shared working language eases
/// coordination, a missing one is a recorded communication barrier (francophone
/// contingents in MINUSMA working with anglophone enablers). The format is validated
/// (two or three ASCII letters, stored lower-case); the code is not checked against the
/// full ISO 639 register.
///
/// ```
/// use peacekeeping_core::LanguageCode;
///
/// let french: LanguageCode = "fr".parse()?;
/// assert_eq!(french.as_str(), "fr");
/// assert!("french".parse::<LanguageCode>().is_err());
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode {
    letters: [u8; 3],
    len: u8,
}

impl LanguageCode {
    /// Creates a language code from two or three ASCII letters (stored lower-case).
    ///
    /// # Errors
    /// [`Error::InvalidLanguageCode`] if `code` is not two or three ASCII letters.
    pub fn new(code: &str) -> Result<Self, Error> {
        let b = code.as_bytes();
        if !(2..=3).contains(&b.len()) || !b.iter().all(u8::is_ascii_alphabetic) {
            return Err(Error::InvalidLanguageCode {
                value: code.to_owned(),
            });
        }
        let mut letters = [0u8; 3];
        for (slot, byte) in letters.iter_mut().zip(b) {
            *slot = byte.to_ascii_lowercase();
        }
        Ok(LanguageCode {
            letters,
            len: b.len() as u8,
        })
    }

    /// The code as text, e.g. `"fr"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.letters[..usize::from(self.len)]).unwrap_or("??")
    }
}

impl fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for LanguageCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        LanguageCode::new(s)
    }
}

serde_via_str!(LanguageCode);

/// An ISO 4217 currency code such as `"USD"` or `"EUR"`, used for funding contributions.
///
/// The format is validated (three ASCII letters, stored upper-case); the code is not
/// checked against the ISO 4217 list, which changes (`XEU`, the ECU, predates the euro).
///
/// ```
/// use peacekeeping_core::CurrencyCode;
///
/// assert_eq!("eur".parse::<CurrencyCode>()?.as_str(), "EUR");
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    /// Creates a currency code from three ASCII letters.
    ///
    /// # Errors
    /// [`Error::InvalidCurrencyCode`] if `code` is not three ASCII letters.
    pub fn new(code: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidCurrencyCode {
            value: code.to_owned(),
        };
        let bytes: [u8; 3] = code.as_bytes().try_into().map_err(|_| invalid())?;
        if !bytes.iter().all(u8::is_ascii_alphabetic) {
            return Err(invalid());
        }
        Ok(CurrencyCode(bytes.map(|b| b.to_ascii_uppercase())))
    }

    /// The code as text, e.g. `"USD"`.
    #[must_use]
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CurrencyCode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        CurrencyCode::new(s)
    }
}

serde_via_str!(CurrencyCode);

vocabulary! {
    /// A world region, after the UN Statistics Division's M49 standard (its five
    /// continental regions).
    ///
    /// Regions group contributors and hosts: "which missions lose all their African
    /// contributors if ...", "the share of Asian troops in UNMISS". Nepal is in
    /// [`Region::Asia`]; Mali in [`Region::Africa`].
    ///
    /// ```
    /// use peacekeeping_core::Region;
    ///
    /// assert_eq!("africa".parse::<Region>()?, Region::Africa);
    /// assert_eq!(Region::Americas.to_string(), "americas");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    Region, "region" {
        /// Africa (M49 code 002).
        Africa => "africa",
        /// The Americas (M49 code 019): North, Central and South America, the Caribbean.
        Americas => "americas",
        /// Asia (M49 code 142), including the Middle East.
        Asia => "asia",
        /// Europe (M49 code 150).
        Europe => "europe",
        /// Oceania (M49 code 009).
        Oceania => "oceania",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn historical_states_are_representable() {
        for (code, former) in [
            ("YUG", true),
            ("SCG", true),
            ("ZAR", true),
            ("CSK", true),
            ("SUN", true),
            ("DDR", true),
            ("SRB", false),
            ("COD", false),
            ("XKX", false),
        ] {
            let c = CountryCode::new(code).unwrap();
            assert_eq!(c.is_former(), former, "{code}");
        }
        assert_eq!(CountryCode::new("npl").unwrap().as_str(), "NPL");
    }

    #[test]
    fn rejects_codes_that_are_not_iso() {
        for bad in ["XYZ", "NP", "NEPL", "N1L", "", "ÉTA"] {
            assert!(
                matches!(CountryCode::new(bad), Err(Error::InvalidCountryCode { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn language_and_currency_codes_are_normalized() {
        assert_eq!(LanguageCode::new("EN").unwrap().as_str(), "en");
        assert_eq!(LanguageCode::new("swa").unwrap().to_string(), "swa");
        assert!(LanguageCode::new("e").is_err());
        assert!(LanguageCode::new("en-GB").is_err());
        assert_eq!(CurrencyCode::new("usd").unwrap().as_str(), "USD");
        assert!(CurrencyCode::new("US$").is_err());
    }

    #[test]
    fn region_codes_round_trip() {
        for r in Region::ALL {
            assert_eq!(r.code().parse::<Region>().unwrap(), *r);
        }
        let err = "antarctica".parse::<Region>().unwrap_err();
        assert!(err.to_string().contains("africa, americas"), "{err}");
    }
}
