//! The translation error: what went wrong, in which function, at which instruction.

use std::fmt;

/// Why a stack function could not be translated. Input is untrusted, so every problem a
/// frontend's bytecode can have ends here, never in a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The function's name.
    pub function: String,
    /// The index of the offending stack instruction, if the problem has one.
    pub offset: Option<u32>,
    /// What is wrong.
    pub message: String,
}

impl Error {
    /// An error at instruction `offset` of `function`.
    pub fn at(function: &str, offset: u32, message: impl Into<String>) -> Error {
        Error { function: function.to_string(), offset: Some(offset), message: message.into() }
    }

    /// An error about `function` as a whole.
    pub fn func(function: &str, message: impl Into<String>) -> Error {
        Error { function: function.to_string(), offset: None, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Some(o) => write!(f, "function `{}` at instruction {o}: {}", self.function, self.message),
            None => write!(f, "function `{}`: {}", self.function, self.message),
        }
    }
}

impl std::error::Error for Error {}
