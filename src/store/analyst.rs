//! Who the analyst is, by default: the operating-system user. Read here, outside `model`,
//! so that model operations get their name (in a `Stamp`) from the caller.

/// The name of the user the process runs as (`$USER`, else `$USERNAME` on Windows), or
/// "analyst" when neither is set; the default for Settings ▸ Analyst name.
pub fn default_analyst_name() -> String {
    analyst_name_from(|key| std::env::var(key).ok())
}

/// [`default_analyst_name`] with the environment given (tests).
pub fn analyst_name_from(lookup: impl Fn(&str) -> Option<String>) -> String {
    ["USER", "USERNAME"]
        .iter()
        .filter_map(|key| lookup(key))
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "analyst".to_owned())
}

#[cfg(test)]
mod tests {
    use super::analyst_name_from;

    #[test]
    fn user_then_username_then_a_placeholder() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(analyst_name_from(env(&[("USER", "ana"), ("USERNAME", "x")])), "ana");
        assert_eq!(analyst_name_from(env(&[("USER", "  "), ("USERNAME", "Ben")])), "Ben");
        assert_eq!(analyst_name_from(env(&[])), "analyst");
    }
}
