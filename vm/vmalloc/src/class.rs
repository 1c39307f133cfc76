//! Class layouts: the field types of instances, and which fields the collector traces.

use rootir::Type;

/// A class defined in a heap (an index into its class table).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);

/// The field layout of a class: one rootIR type per field slot (a subclass lists its
/// superclass's fields first, so field indices agree along the hierarchy).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ClassLayout {
    /// A name for diagnostics.
    pub name: String,
    /// The type of each field slot, in slot order.
    pub fields: Vec<Type>,
}

/// A defined class: its layout and the precomputed list of fields that may hold references.
#[derive(Clone, Debug)]
pub(crate) struct ClassInfo {
    pub layout: ClassLayout,
    /// Indices of the `ref` and `any` fields.
    pub traced: Box<[u32]>,
}

impl ClassInfo {
    pub fn new(layout: ClassLayout) -> ClassInfo {
        let traced = layout
            .fields
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t, Type::Ref | Type::Any))
            .map(|(i, _)| i as u32)
            .collect();
        ClassInfo { layout, traced }
    }
}
