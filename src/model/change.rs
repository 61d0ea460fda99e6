use serde::{Deserialize, Serialize};

/// One entry of a claim's history: who changed what, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// UTC time as RFC 3339, "2026-11-29T09:12:03Z".
    pub at: String,
    /// The analyst's name.
    pub by: String,
    /// What changed, in words: "status Unverified → Sourced".
    pub what: String,
}

/// Who is making changes and when: passed to every model operation so that history is
/// recorded in one way and tests can fix the clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// UTC time as RFC 3339.
    pub at: String,
    /// The analyst's name.
    pub by: String,
}

impl Stamp {
    /// A stamp for `by` at the given Unix time.
    pub fn at_unix(unix_secs: i64, by: impl Into<String>) -> Self {
        Self {
            at: rfc3339_utc(unix_secs),
            by: by.into(),
        }
    }

    /// The history entry for `what` done under this stamp.
    pub fn change(&self, what: impl Into<String>) -> Change {
        Change {
            at: self.at.clone(),
            by: self.by.clone(),
            what: what.into(),
        }
    }
}

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
pub fn rfc3339_utc(unix_secs: i64) -> String {
    let days = unix_secs.div_euclid(86_400);
    let secs_of_day = unix_secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs_of_day / 3600,
        secs_of_day % 3600 / 60,
        secs_of_day % 60
    )
}

/// Days since 1970-01-01 to (year, month, day); Howard Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::rfc3339_utc;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(1_795_943_523), "2026-11-29T09:12:03Z");
        assert_eq!(rfc3339_utc(-1), "1969-12-31T23:59:59Z");
    }
}
