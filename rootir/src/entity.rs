//! Typed indices. Each prints as its `.rir` spelling where it has one.

use std::fmt;

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The index as a `usize`, for indexing tables.
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The entity with the given table index.
            ///
            /// # Panics
            /// If `index` does not fit in `u32` (tables that large are rejected earlier).
            #[inline]
            pub fn new(index: usize) -> Self {
                $name(u32::try_from(index).expect("entity index fits in u32"))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(
    /// A register of a function: `r0`, `r1`, ... Parameters are the first registers.
    Reg,
    "r"
);
entity!(
    /// A basic block of a function: `b0`, `b1`, ... `b0` is the entry block.
    Block,
    "b"
);
entity!(
    /// A function defined in the module (index into `Module::functions`).
    FuncId,
    "func"
);
entity!(
    /// An imported function (index into `Module::imports`).
    ImportId,
    "import"
);
entity!(
    /// A global of the module (index into `Module::globals`).
    GlobalId,
    "global"
);
entity!(
    /// An entry of the module's constant pool: `c0`, `c1`, ...
    ConstId,
    "c"
);
entity!(
    /// A source file named by source positions: `f0`, `f1`, ...
    FileId,
    "f"
);
entity!(
    /// A class or interface declared in the module (index into `Module::classes`).
    ClassId,
    "class"
);

/// The target of a direct call: a function of this module or an import.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Callee {
    /// A function defined in this module.
    Func(FuncId),
    /// An imported function (another module's export or a host function).
    Import(ImportId),
}
