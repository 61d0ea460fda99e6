//! FNV-1a, 64 bits: the one hash claimdesk writes down (file fingerprints, recovery-copy
//! names, export ids). Tiny, dependency-free, and the same on every platform and Rust version
//! (unlike `DefaultHasher`), which matters for anything stored or exported.

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    use std::hash::Hasher as _;
    let mut hasher = Fnv::default();
    hasher.write(bytes);
    hasher.finish()
}

/// FNV-1a as a [`Hasher`](std::hash::Hasher), for in-memory maps read by the hot paths (a
/// word → its tag), where `SipHash`'s defence against chosen keys buys nothing (the keys come
/// from a shipped model, never from the text) and costs a third of a lookup.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`Fnv`] hashers: `HashMap<K, V, FnvBuild>`.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::fnv1a;

    #[test]
    fn the_hasher_is_the_same_fnv() {
        use std::hash::Hasher as _;
        let mut hasher = super::Fnv::default();
        hasher.write(b"foo");
        hasher.write(b"bar");
        assert_eq!(hasher.finish(), fnv1a(b"foobar"));
    }

    #[test]
    fn matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
