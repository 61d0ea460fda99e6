/// Why a check-worthiness model could not be read. The shipped model is checked by a test, so
/// in practice this names a damaged build or a model file written by a newer claimdesk.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// Fewer bytes than the fixed header and checksum.
    #[error("the check-worthiness model is truncated ({0} bytes)")]
    Truncated(usize),
    /// The first bytes are not the model's magic number.
    #[error("not a check-worthiness model (wrong magic number)")]
    BadMagic,
    /// Written in a format version this build does not read.
    #[error("the check-worthiness model has format version {0}; this build reads version 1")]
    UnsupportedVersion(u16),
    /// The feature settings in the header are out of range.
    #[error("the check-worthiness model has invalid feature settings")]
    BadConfig,
    /// The weight table is not as long as the header says.
    #[error("the check-worthiness model has {found} bytes, its header implies {expected}")]
    WrongLength {
        /// Bytes the header implies.
        expected: usize,
        /// Bytes there are.
        found: usize,
    },
    /// The checksum over the contents does not match: the file is damaged.
    #[error("the check-worthiness model is damaged (checksum mismatch)")]
    Checksum,
    /// The bias or the weight scale is not a finite number.
    #[error("the check-worthiness model holds a non-finite number")]
    NonFinite,
}
