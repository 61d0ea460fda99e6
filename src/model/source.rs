use serde::{Deserialize, Serialize};

/// Evidence for a verdict: a link, what it is, and what it shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Where the evidence is. Only `http`/`https` links are ever opened (see [`Source::openable_url`]).
    pub url: String,
    /// What the source is: "Kremlin readout, 30 Dec 2021".
    #[serde(default)]
    pub title: String,
    /// What in the source backs or contradicts the claim.
    #[serde(default)]
    pub note: String,
}

impl Source {
    /// The URL if it is a well-formed `http` or `https` link, the only kind claimdesk will
    /// hand to a browser. `file:`, `javascript:` and malformed links stay text.
    pub fn openable_url(&self) -> Option<&str> {
        openable_url(&self.url)
    }
}

/// `url` trimmed, if it is an absolute `http://` or `https://` URL with a host and no white
/// space or control characters.
pub fn openable_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)?
    } else if lower.starts_with("http://") {
        url.get(7..)?
    } else {
        return None;
    };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..host_end)?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host_ok =
        !host.is_empty() && !host.starts_with(':') && host.chars().all(|c| c.is_alphanumeric() || "-.:[]_".contains(c));
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::openable_url;

    #[test]
    fn only_http_and_https_links_open() {
        assert_eq!(
            openable_url("https://kremlin.ru/events"),
            Some("https://kremlin.ru/events")
        );
        assert_eq!(openable_url(" HTTP://example.org "), Some("HTTP://example.org"));
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://example.org",
            "https://",
            "https:///path",
            "http://exa mple.org",
            "http://evil.org\u{0}x",
            "www.example.org",
            "",
        ] {
            assert_eq!(openable_url(bad), None, "{bad:?} must not be openable");
        }
    }
}
