//! The objects of the heap and what the collector traces in each.

use crate::ClassId;
use crate::array::ArrayData;
use crate::class::ClassInfo;
use crate::string::GcString;
use rootir::Type;

/// The kind of a heap object.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectKind {
    /// An instance of a declared class.
    Instance,
    /// An array.
    Array,
    /// A string.
    String,
    /// A boxed scalar or value.
    Boxed,
    /// A closure: a function and its captured values.
    Closure,
    /// An opaque object owned by the host.
    Host,
    /// A trap object: a catchable VM trap delivered to a handler (code and message string).
    Trap,
}

/// A heap object.
#[derive(Debug)]
pub(crate) enum Object {
    Instance {
        class: ClassId,
        fields: Box<[u64]>,
    },
    Array(ArrayData),
    String(Box<GcString>),
    /// A value of type `ty` in its register-slot encoding.
    Boxed {
        ty: Type,
        bits: u64,
    },
    /// Captured values are `any` slots.
    Closure {
        func: u32,
        captured: Box<[u64]>,
    },
    Host {
        payload: u64,
    },
    /// A trap delivered to a handler: its stable number and its message (a string reference).
    Trap {
        code: i32,
        message: u64,
    },
}

impl Object {
    pub fn kind(&self) -> ObjectKind {
        match self {
            Object::Instance { .. } => ObjectKind::Instance,
            Object::Array(_) => ObjectKind::Array,
            Object::String(_) => ObjectKind::String,
            Object::Boxed { .. } => ObjectKind::Boxed,
            Object::Closure { .. } => ObjectKind::Closure,
            Object::Host { .. } => ObjectKind::Host,
            Object::Trap { .. } => ObjectKind::Trap,
        }
    }

    /// Calls `f` with every slot of the object that may hold a reference (`ref` or `any`).
    #[inline]
    pub fn for_each_traced(&self, classes: &[ClassInfo], mut f: impl FnMut(u64)) {
        match self {
            Object::Instance { class, fields } => {
                if let Some(info) = classes.get(class.0 as usize) {
                    for &i in info.traced.iter() {
                        if let Some(&v) = fields.get(i as usize) {
                            f(v);
                        }
                    }
                }
            }
            Object::Array(a) => a.traced().iter().for_each(|&v| f(v)),
            Object::Boxed { ty: Type::Ref | Type::Any, bits } => f(*bits),
            Object::Closure { captured, .. } => captured.iter().for_each(|&v| f(v)),
            Object::Trap { message, .. } => f(*message),
            Object::Boxed { .. } | Object::String(_) | Object::Host { .. } => {}
        }
    }
}
