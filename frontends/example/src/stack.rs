//! The compile-time stack: stack slot `i` always lives in the same `i64` register, so
//! control-flow joins need no moves as long as both sides leave the same depth.

use rootir::{FunctionBuilder, Reg, Type};

/// The values on the stack at one point of a word's body.
#[derive(Debug, Default)]
pub struct Stack {
    slots: Vec<Reg>,
    depth: usize,
}

impl Stack {
    /// How many values are on the stack.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Forgets everything above `depth` (or pretends values are there, at a join).
    pub fn set_depth(&mut self, b: &mut FunctionBuilder, depth: usize) {
        self.reserve(b, depth);
        self.depth = depth;
    }

    /// The register of the value `i` places below the top (0 = top).
    pub fn peek(&self, i: usize) -> Reg {
        self.slots[self.depth - 1 - i]
    }

    /// The registers of the top `n` values, bottom first, after removing them.
    pub fn pop(&mut self, n: usize) -> Vec<Reg> {
        self.depth -= n;
        self.slots[self.depth..self.depth + n].to_vec()
    }

    /// Copies `value` onto the top of the stack.
    pub fn push(&mut self, b: &mut FunctionBuilder, value: Reg) {
        self.reserve(b, self.depth + 1);
        b.mov(self.slots[self.depth], value);
        self.depth += 1;
    }

    /// Makes sure slots `0..depth` have registers.
    fn reserve(&mut self, b: &mut FunctionBuilder, depth: usize) {
        while self.slots.len() < depth {
            let reg = b.new_reg(Type::I64);
            self.slots.push(reg);
        }
    }
}
