//! Packed integer and single-precision SSE2 operations (32-bit lanes).

use super::FuncLifter;
use iced_x86::Instruction;

/// Lifts `ins` if it is a packed operation handled here; `Ok(false)` if it is not one.
pub(super) fn lift(_l: &mut FuncLifter<'_, '_>, _ins: &Instruction) -> Result<bool, String> {
    Ok(false)
}
