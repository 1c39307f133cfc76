//! Python exceptions raised by the runtime.

/// A Python exception: the class name and the message (`str(exc)`).
#[derive(Clone, Debug, PartialEq)]
pub struct PyErr {
    /// The exception class, e.g. `ZeroDivisionError`.
    pub class: String,
    /// The message, e.g. `division by zero` (may be empty).
    pub message: String,
    /// The exception object, when the program raised one (`raise v`).
    pub value: Option<u64>,
}

impl PyErr {
    /// An exception of class `class`.
    pub fn new(class: &str, message: String) -> PyErr {
        PyErr { class: class.to_string(), message, value: None }
    }

    /// A `TypeError`.
    pub fn type_error(message: String) -> PyErr {
        PyErr::new("TypeError", message)
    }

    /// The last line of the traceback CPython prints for it.
    pub fn last_line(&self) -> String {
        if self.message.is_empty() { self.class.clone() } else { format!("{}: {}", self.class, self.message) }
    }
}

/// The result of a runtime operation.
pub type PyResult<T> = Result<T, PyErr>;
