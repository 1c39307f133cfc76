//! The opcode table: the one place every rootIR operation is defined.
//!
//! [`for_each_op!`] hands the whole table to a callback macro. The opcode enum
//! and its metadata (below), the builder, the printer and parser, the binary
//! codec, the verifier's typing rules and the VM's handlers are all expanded
//! from it, so adding an operation is a change to this table plus its
//! semantic function in [`crate::semantics`] (see `docs/add-an-opcode.md`).
//!
//! The table has two sections:
//! - `typed`: operations with a fixed signature and a pure semantic function of
//!   the same name in [`crate::semantics`]. Each row is
//!   `Variant fn_name "text.name" Format (input types) -> output type, pure|traps, "doc";`
//!   where `traps` means the semantic function returns `Result<_, TrapCode>`.
//!   A third marker, `heap`, means the operation's meaning needs the VM's heap: it is
//!   implemented by the function of the same name in the VM's `heap_ops` module (which
//!   returns `Result<_, TrapCode>`), not in [`crate::semantics`]. Heap operations may trap.
//!   A fourth marker, `dynamic`, marks the `any` operations: their inline fast path and their
//!   out-of-line slow path (boxing, the module's any hook) live in the VM's `any_ops` module;
//!   they count as heap operations (they may allocate, call the hook and trap).
//! - `structural`: moves, control flow, calls and globals, whose typing depends
//!   on their operands. Each row is `Variant fn_name "text.name" Format, "doc";`.

/// Calls `$m! { typed { ... } structural { ... } }` with the whole opcode table.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            typed {
                I32Const i32_const "i32.const" Const () -> (I32), pure, "r := immediate i32.";
                I64Const i64_const "i64.const" Const () -> (I64), pure, "r := immediate i64.";
                F32Const f32_const "f32.const" Const () -> (F32), pure, "r := immediate f32 (bit-exact, NaN payloads kept).";
                F64Const f64_const "f64.const" Const () -> (F64), pure, "r := immediate f64 (bit-exact, NaN payloads kept).";

                I32Add i32_add "i32.add" Binary (I32, I32) -> (I32), pure, "a + b, wrapping.";
                I32Sub i32_sub "i32.sub" Binary (I32, I32) -> (I32), pure, "a - b, wrapping.";
                I32Mul i32_mul "i32.mul" Binary (I32, I32) -> (I32), pure, "a * b, wrapping.";
                I32DivS i32_div_s "i32.div_s" Binary (I32, I32) -> (I32), traps, "Signed a / b rounded toward zero; traps if b = 0; MIN / -1 = MIN.";
                I32DivU i32_div_u "i32.div_u" Binary (I32, I32) -> (I32), traps, "Unsigned a / b; traps if b = 0.";
                I32RemS i32_rem_s "i32.rem_s" Binary (I32, I32) -> (I32), traps, "Signed remainder with the sign of a; traps if b = 0; MIN % -1 = 0.";
                I32RemU i32_rem_u "i32.rem_u" Binary (I32, I32) -> (I32), traps, "Unsigned remainder; traps if b = 0.";
                I32And i32_and "i32.and" Binary (I32, I32) -> (I32), pure, "Bitwise and.";
                I32Or i32_or "i32.or" Binary (I32, I32) -> (I32), pure, "Bitwise or.";
                I32Xor i32_xor "i32.xor" Binary (I32, I32) -> (I32), pure, "Bitwise exclusive or.";
                I32Shl i32_shl "i32.shl" Binary (I32, I32) -> (I32), pure, "a << (b & 31).";
                I32ShrS i32_shr_s "i32.shr_s" Binary (I32, I32) -> (I32), pure, "Arithmetic a >> (b & 31).";
                I32ShrU i32_shr_u "i32.shr_u" Binary (I32, I32) -> (I32), pure, "Logical a >> (b & 31).";
                I32Rotl i32_rotl "i32.rotl" Binary (I32, I32) -> (I32), pure, "Rotate left by b & 31.";
                I32Rotr i32_rotr "i32.rotr" Binary (I32, I32) -> (I32), pure, "Rotate right by b & 31.";
                I32Eq i32_eq "i32.eq" Binary (I32, I32) -> (I32), pure, "1 if a = b else 0.";
                I32Ne i32_ne "i32.ne" Binary (I32, I32) -> (I32), pure, "1 if a != b else 0.";
                I32LtS i32_lt_s "i32.lt_s" Binary (I32, I32) -> (I32), pure, "1 if a < b (signed) else 0.";
                I32LtU i32_lt_u "i32.lt_u" Binary (I32, I32) -> (I32), pure, "1 if a < b (unsigned) else 0.";
                I32GtS i32_gt_s "i32.gt_s" Binary (I32, I32) -> (I32), pure, "1 if a > b (signed) else 0.";
                I32GtU i32_gt_u "i32.gt_u" Binary (I32, I32) -> (I32), pure, "1 if a > b (unsigned) else 0.";
                I32LeS i32_le_s "i32.le_s" Binary (I32, I32) -> (I32), pure, "1 if a <= b (signed) else 0.";
                I32LeU i32_le_u "i32.le_u" Binary (I32, I32) -> (I32), pure, "1 if a <= b (unsigned) else 0.";
                I32GeS i32_ge_s "i32.ge_s" Binary (I32, I32) -> (I32), pure, "1 if a >= b (signed) else 0.";
                I32GeU i32_ge_u "i32.ge_u" Binary (I32, I32) -> (I32), pure, "1 if a >= b (unsigned) else 0.";
                I32Clz i32_clz "i32.clz" Unary (I32) -> (I32), pure, "Count of leading zero bits (32 for 0).";
                I32Ctz i32_ctz "i32.ctz" Unary (I32) -> (I32), pure, "Count of trailing zero bits (32 for 0).";
                I32Popcnt i32_popcnt "i32.popcnt" Unary (I32) -> (I32), pure, "Count of one bits.";
                I32Eqz i32_eqz "i32.eqz" Unary (I32) -> (I32), pure, "1 if a = 0 else 0.";
                I32Neg i32_neg "i32.neg" Unary (I32) -> (I32), pure, "-a, wrapping (-MIN = MIN).";
                I32Extend8S i32_extend8_s "i32.extend8_s" Unary (I32) -> (I32), pure, "Sign-extends the low 8 bits.";
                I32Extend16S i32_extend16_s "i32.extend16_s" Unary (I32) -> (I32), pure, "Sign-extends the low 16 bits.";

                I64Add i64_add "i64.add" Binary (I64, I64) -> (I64), pure, "a + b, wrapping.";
                I64Sub i64_sub "i64.sub" Binary (I64, I64) -> (I64), pure, "a - b, wrapping.";
                I64Mul i64_mul "i64.mul" Binary (I64, I64) -> (I64), pure, "a * b, wrapping.";
                I64DivS i64_div_s "i64.div_s" Binary (I64, I64) -> (I64), traps, "Signed a / b rounded toward zero; traps if b = 0; MIN / -1 = MIN.";
                I64DivU i64_div_u "i64.div_u" Binary (I64, I64) -> (I64), traps, "Unsigned a / b; traps if b = 0.";
                I64RemS i64_rem_s "i64.rem_s" Binary (I64, I64) -> (I64), traps, "Signed remainder with the sign of a; traps if b = 0; MIN % -1 = 0.";
                I64RemU i64_rem_u "i64.rem_u" Binary (I64, I64) -> (I64), traps, "Unsigned remainder; traps if b = 0.";
                I64And i64_and "i64.and" Binary (I64, I64) -> (I64), pure, "Bitwise and.";
                I64Or i64_or "i64.or" Binary (I64, I64) -> (I64), pure, "Bitwise or.";
                I64Xor i64_xor "i64.xor" Binary (I64, I64) -> (I64), pure, "Bitwise exclusive or.";
                I64Shl i64_shl "i64.shl" Binary (I64, I64) -> (I64), pure, "a << (b & 63).";
                I64ShrS i64_shr_s "i64.shr_s" Binary (I64, I64) -> (I64), pure, "Arithmetic a >> (b & 63).";
                I64ShrU i64_shr_u "i64.shr_u" Binary (I64, I64) -> (I64), pure, "Logical a >> (b & 63).";
                I64Rotl i64_rotl "i64.rotl" Binary (I64, I64) -> (I64), pure, "Rotate left by b & 63.";
                I64Rotr i64_rotr "i64.rotr" Binary (I64, I64) -> (I64), pure, "Rotate right by b & 63.";
                I64Eq i64_eq "i64.eq" Binary (I64, I64) -> (I32), pure, "1 if a = b else 0.";
                I64Ne i64_ne "i64.ne" Binary (I64, I64) -> (I32), pure, "1 if a != b else 0.";
                I64LtS i64_lt_s "i64.lt_s" Binary (I64, I64) -> (I32), pure, "1 if a < b (signed) else 0.";
                I64LtU i64_lt_u "i64.lt_u" Binary (I64, I64) -> (I32), pure, "1 if a < b (unsigned) else 0.";
                I64GtS i64_gt_s "i64.gt_s" Binary (I64, I64) -> (I32), pure, "1 if a > b (signed) else 0.";
                I64GtU i64_gt_u "i64.gt_u" Binary (I64, I64) -> (I32), pure, "1 if a > b (unsigned) else 0.";
                I64LeS i64_le_s "i64.le_s" Binary (I64, I64) -> (I32), pure, "1 if a <= b (signed) else 0.";
                I64LeU i64_le_u "i64.le_u" Binary (I64, I64) -> (I32), pure, "1 if a <= b (unsigned) else 0.";
                I64GeS i64_ge_s "i64.ge_s" Binary (I64, I64) -> (I32), pure, "1 if a >= b (signed) else 0.";
                I64GeU i64_ge_u "i64.ge_u" Binary (I64, I64) -> (I32), pure, "1 if a >= b (unsigned) else 0.";
                I64Clz i64_clz "i64.clz" Unary (I64) -> (I64), pure, "Count of leading zero bits (64 for 0).";
                I64Ctz i64_ctz "i64.ctz" Unary (I64) -> (I64), pure, "Count of trailing zero bits (64 for 0).";
                I64Popcnt i64_popcnt "i64.popcnt" Unary (I64) -> (I64), pure, "Count of one bits.";
                I64Eqz i64_eqz "i64.eqz" Unary (I64) -> (I32), pure, "1 if a = 0 else 0.";
                I64Neg i64_neg "i64.neg" Unary (I64) -> (I64), pure, "-a, wrapping (-MIN = MIN).";
                I64Extend8S i64_extend8_s "i64.extend8_s" Unary (I64) -> (I64), pure, "Sign-extends the low 8 bits.";
                I64Extend16S i64_extend16_s "i64.extend16_s" Unary (I64) -> (I64), pure, "Sign-extends the low 16 bits.";
                I64Extend32S i64_extend32_s "i64.extend32_s" Unary (I64) -> (I64), pure, "Sign-extends the low 32 bits.";

                F32Add f32_add "f32.add" Binary (F32, F32) -> (F32), pure, "IEEE 754 a + b (round to nearest even).";
                F32Sub f32_sub "f32.sub" Binary (F32, F32) -> (F32), pure, "IEEE 754 a - b.";
                F32Mul f32_mul "f32.mul" Binary (F32, F32) -> (F32), pure, "IEEE 754 a * b.";
                F32Div f32_div "f32.div" Binary (F32, F32) -> (F32), pure, "IEEE 754 a / b (x/0 is ±inf or NaN, never a trap).";
                F32Min f32_min "f32.min" Binary (F32, F32) -> (F32), pure, "Minimum; NaN if either is NaN; -0 < +0.";
                F32Max f32_max "f32.max" Binary (F32, F32) -> (F32), pure, "Maximum; NaN if either is NaN; -0 < +0.";
                F32Copysign f32_copysign "f32.copysign" Binary (F32, F32) -> (F32), pure, "a with the sign bit of b.";
                F32Eq f32_eq "f32.eq" Binary (F32, F32) -> (I32), pure, "1 if a = b; 0 if either is NaN.";
                F32Ne f32_ne "f32.ne" Binary (F32, F32) -> (I32), pure, "1 if a != b; 1 if either is NaN.";
                F32Lt f32_lt "f32.lt" Binary (F32, F32) -> (I32), pure, "1 if a < b; 0 if either is NaN.";
                F32Gt f32_gt "f32.gt" Binary (F32, F32) -> (I32), pure, "1 if a > b; 0 if either is NaN.";
                F32Le f32_le "f32.le" Binary (F32, F32) -> (I32), pure, "1 if a <= b; 0 if either is NaN.";
                F32Ge f32_ge "f32.ge" Binary (F32, F32) -> (I32), pure, "1 if a >= b; 0 if either is NaN.";
                F32Neg f32_neg "f32.neg" Unary (F32) -> (F32), pure, "Flips the sign bit.";
                F32Abs f32_abs "f32.abs" Unary (F32) -> (F32), pure, "Clears the sign bit.";
                F32Sqrt f32_sqrt "f32.sqrt" Unary (F32) -> (F32), pure, "IEEE 754 square root (NaN for negative inputs).";
                F32Ceil f32_ceil "f32.ceil" Unary (F32) -> (F32), pure, "Rounds toward +inf.";
                F32Floor f32_floor "f32.floor" Unary (F32) -> (F32), pure, "Rounds toward -inf.";
                F32Trunc f32_trunc "f32.trunc" Unary (F32) -> (F32), pure, "Rounds toward zero.";
                F32Nearest f32_nearest "f32.nearest" Unary (F32) -> (F32), pure, "Rounds to nearest, ties to even.";

                F64Add f64_add "f64.add" Binary (F64, F64) -> (F64), pure, "IEEE 754 a + b (round to nearest even).";
                F64Sub f64_sub "f64.sub" Binary (F64, F64) -> (F64), pure, "IEEE 754 a - b.";
                F64Mul f64_mul "f64.mul" Binary (F64, F64) -> (F64), pure, "IEEE 754 a * b.";
                F64Div f64_div "f64.div" Binary (F64, F64) -> (F64), pure, "IEEE 754 a / b (x/0 is ±inf or NaN, never a trap).";
                F64Min f64_min "f64.min" Binary (F64, F64) -> (F64), pure, "Minimum; NaN if either is NaN; -0 < +0.";
                F64Max f64_max "f64.max" Binary (F64, F64) -> (F64), pure, "Maximum; NaN if either is NaN; -0 < +0.";
                F64Copysign f64_copysign "f64.copysign" Binary (F64, F64) -> (F64), pure, "a with the sign bit of b.";
                F64Eq f64_eq "f64.eq" Binary (F64, F64) -> (I32), pure, "1 if a = b; 0 if either is NaN.";
                F64Ne f64_ne "f64.ne" Binary (F64, F64) -> (I32), pure, "1 if a != b; 1 if either is NaN.";
                F64Lt f64_lt "f64.lt" Binary (F64, F64) -> (I32), pure, "1 if a < b; 0 if either is NaN.";
                F64Gt f64_gt "f64.gt" Binary (F64, F64) -> (I32), pure, "1 if a > b; 0 if either is NaN.";
                F64Le f64_le "f64.le" Binary (F64, F64) -> (I32), pure, "1 if a <= b; 0 if either is NaN.";
                F64Ge f64_ge "f64.ge" Binary (F64, F64) -> (I32), pure, "1 if a >= b; 0 if either is NaN.";
                F64Neg f64_neg "f64.neg" Unary (F64) -> (F64), pure, "Flips the sign bit.";
                F64Abs f64_abs "f64.abs" Unary (F64) -> (F64), pure, "Clears the sign bit.";
                F64Sqrt f64_sqrt "f64.sqrt" Unary (F64) -> (F64), pure, "IEEE 754 square root (NaN for negative inputs).";
                F64Ceil f64_ceil "f64.ceil" Unary (F64) -> (F64), pure, "Rounds toward +inf.";
                F64Floor f64_floor "f64.floor" Unary (F64) -> (F64), pure, "Rounds toward -inf.";
                F64Trunc f64_trunc "f64.trunc" Unary (F64) -> (F64), pure, "Rounds toward zero.";
                F64Nearest f64_nearest "f64.nearest" Unary (F64) -> (F64), pure, "Rounds to nearest, ties to even.";

                I32WrapI64 i32_wrap_i64 "i32.wrap_i64" Unary (I64) -> (I32), pure, "The low 32 bits.";
                I64ExtendI32S i64_extend_i32_s "i64.extend_i32_s" Unary (I32) -> (I64), pure, "Sign extension.";
                I64ExtendI32U i64_extend_i32_u "i64.extend_i32_u" Unary (I32) -> (I64), pure, "Zero extension.";
                I32TruncF32S i32_trunc_f32_s "i32.trunc_f32_s" Unary (F32) -> (I32), pure, "Toward zero, saturating; NaN gives 0 (Java's rule).";
                I32TruncF32U i32_trunc_f32_u "i32.trunc_f32_u" Unary (F32) -> (I32), pure, "Toward zero to unsigned, saturating; NaN and negatives give 0.";
                I32TruncF64S i32_trunc_f64_s "i32.trunc_f64_s" Unary (F64) -> (I32), pure, "Toward zero, saturating; NaN gives 0 (Java's rule).";
                I32TruncF64U i32_trunc_f64_u "i32.trunc_f64_u" Unary (F64) -> (I32), pure, "Toward zero to unsigned, saturating; NaN and negatives give 0.";
                I64TruncF32S i64_trunc_f32_s "i64.trunc_f32_s" Unary (F32) -> (I64), pure, "Toward zero, saturating; NaN gives 0 (Java's rule).";
                I64TruncF32U i64_trunc_f32_u "i64.trunc_f32_u" Unary (F32) -> (I64), pure, "Toward zero to unsigned, saturating; NaN and negatives give 0.";
                I64TruncF64S i64_trunc_f64_s "i64.trunc_f64_s" Unary (F64) -> (I64), pure, "Toward zero, saturating; NaN gives 0 (Java's rule).";
                I64TruncF64U i64_trunc_f64_u "i64.trunc_f64_u" Unary (F64) -> (I64), pure, "Toward zero to unsigned, saturating; NaN and negatives give 0.";
                F32ConvertI32S f32_convert_i32_s "f32.convert_i32_s" Unary (I32) -> (F32), pure, "Signed integer to nearest f32 (ties to even).";
                F32ConvertI32U f32_convert_i32_u "f32.convert_i32_u" Unary (I32) -> (F32), pure, "Unsigned integer to nearest f32 (ties to even).";
                F32ConvertI64S f32_convert_i64_s "f32.convert_i64_s" Unary (I64) -> (F32), pure, "Signed integer to nearest f32 (ties to even).";
                F32ConvertI64U f32_convert_i64_u "f32.convert_i64_u" Unary (I64) -> (F32), pure, "Unsigned integer to nearest f32 (ties to even).";
                F64ConvertI32S f64_convert_i32_s "f64.convert_i32_s" Unary (I32) -> (F64), pure, "Signed integer to f64 (exact).";
                F64ConvertI32U f64_convert_i32_u "f64.convert_i32_u" Unary (I32) -> (F64), pure, "Unsigned integer to f64 (exact).";
                F64ConvertI64S f64_convert_i64_s "f64.convert_i64_s" Unary (I64) -> (F64), pure, "Signed integer to nearest f64 (ties to even).";
                F64ConvertI64U f64_convert_i64_u "f64.convert_i64_u" Unary (I64) -> (F64), pure, "Unsigned integer to nearest f64 (ties to even).";
                F32DemoteF64 f32_demote_f64 "f32.demote_f64" Unary (F64) -> (F32), pure, "Nearest f32 (ties to even; overflow gives ±inf).";
                F64PromoteF32 f64_promote_f32 "f64.promote_f32" Unary (F32) -> (F64), pure, "Exact widening.";
                I32ReinterpretF32 i32_reinterpret_f32 "i32.reinterpret_f32" Unary (F32) -> (I32), pure, "The same 32 bits as an integer.";
                I64ReinterpretF64 i64_reinterpret_f64 "i64.reinterpret_f64" Unary (F64) -> (I64), pure, "The same 64 bits as an integer.";
                F32ReinterpretI32 f32_reinterpret_i32 "f32.reinterpret_i32" Unary (I32) -> (F32), pure, "The same 32 bits as a float.";
                F64ReinterpretI64 f64_reinterpret_i64 "f64.reinterpret_i64" Unary (I64) -> (F64), pure, "The same 64 bits as a float.";
                I32Load i32_load "i32.load" Load (I64) -> (I32), traps, "Loads 4 bytes (little-endian) at addr + offset; traps out of bounds.";
                I32Load8S i32_load8_s "i32.load8_s" Load (I64) -> (I32), traps, "Loads 1 byte, sign-extended.";
                I32Load8U i32_load8_u "i32.load8_u" Load (I64) -> (I32), traps, "Loads 1 byte, zero-extended.";
                I32Load16S i32_load16_s "i32.load16_s" Load (I64) -> (I32), traps, "Loads 2 bytes, sign-extended.";
                I32Load16U i32_load16_u "i32.load16_u" Load (I64) -> (I32), traps, "Loads 2 bytes, zero-extended.";
                I64Load i64_load "i64.load" Load (I64) -> (I64), traps, "Loads 8 bytes.";
                I64Load8S i64_load8_s "i64.load8_s" Load (I64) -> (I64), traps, "Loads 1 byte, sign-extended.";
                I64Load8U i64_load8_u "i64.load8_u" Load (I64) -> (I64), traps, "Loads 1 byte, zero-extended.";
                I64Load16S i64_load16_s "i64.load16_s" Load (I64) -> (I64), traps, "Loads 2 bytes, sign-extended.";
                I64Load16U i64_load16_u "i64.load16_u" Load (I64) -> (I64), traps, "Loads 2 bytes, zero-extended.";
                I64Load32S i64_load32_s "i64.load32_s" Load (I64) -> (I64), traps, "Loads 4 bytes, sign-extended.";
                I64Load32U i64_load32_u "i64.load32_u" Load (I64) -> (I64), traps, "Loads 4 bytes, zero-extended.";
                F32Load f32_load "f32.load" Load (I64) -> (F32), traps, "Loads 4 bytes as an f32.";
                F64Load f64_load "f64.load" Load (I64) -> (F64), traps, "Loads 8 bytes as an f64.";
                I32Store i32_store "i32.store" Store (I64, I32) -> (), traps, "Stores 4 bytes (little-endian) at addr + offset; traps out of bounds.";
                I32Store8 i32_store8 "i32.store8" Store (I64, I32) -> (), traps, "Stores the low byte.";
                I32Store16 i32_store16 "i32.store16" Store (I64, I32) -> (), traps, "Stores the low 2 bytes.";
                I64Store i64_store "i64.store" Store (I64, I64) -> (), traps, "Stores 8 bytes.";
                I64Store8 i64_store8 "i64.store8" Store (I64, I64) -> (), traps, "Stores the low byte.";
                I64Store16 i64_store16 "i64.store16" Store (I64, I64) -> (), traps, "Stores the low 2 bytes.";
                I64Store32 i64_store32 "i64.store32" Store (I64, I64) -> (), traps, "Stores the low 4 bytes.";
                F32Store f32_store "f32.store" Store (I64, F32) -> (), traps, "Stores an f32's 4 bytes.";
                F64Store f64_store "f64.store" Store (I64, F64) -> (), traps, "Stores an f64's 8 bytes.";

                RefNull ref_null "ref.null" Nullary () -> (Ref), heap, "r := null.";
                RefIsNull ref_is_null "ref.is_null" Unary (Ref) -> (I32), heap, "1 if a is null else 0.";
                RefEq ref_eq "ref.eq" Binary (Ref, Ref) -> (I32), heap, "1 if a and b are the same object or both null, else 0 (identity, not contents).";
                ArrayNewI8 array_new_i8 "array.new_i8" Unary (I32) -> (Ref), heap, "A new array of a elements of 8-bit signed; get sign-extends to i32, set stores the low 8 bits, zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewI16 array_new_i16 "array.new_i16" Unary (I32) -> (Ref), heap, "A new array of a elements of 16-bit signed; get sign-extends to i32, set stores the low 16 bits, zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewU16 array_new_u16 "array.new_u16" Unary (I32) -> (Ref), heap, "A new array of a elements of 16-bit unsigned (Java char); get zero-extends to i32, set stores the low 16 bits, zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewI32 array_new_i32 "array.new_i32" Unary (I32) -> (Ref), heap, "A new array of a elements of i32, zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewI64 array_new_i64 "array.new_i64" Unary (I32) -> (Ref), heap, "A new array of a elements of i64, zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewF32 array_new_f32 "array.new_f32" Unary (I32) -> (Ref), heap, "A new array of a elements of f32 (bit-exact), zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewF64 array_new_f64 "array.new_f64" Unary (I32) -> (Ref), heap, "A new array of a elements of f64 (bit-exact), zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewRef array_new_ref "array.new_ref" Unary (I32) -> (Ref), heap, "A new array of a elements of ref (traced by the collector), zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayNewAny array_new_any "array.new_any" Unary (I32) -> (Ref), heap, "A new array of a elements of any (traced when it holds a reference), zeroed (0 / null / none); traps if a < 0 or the heap limit is reached.";
                ArrayLen array_len "array.len" Unary (Ref) -> (I32), heap, "The length of array a; traps if a is null or not an array.";
                ArrayGetI8 array_get_i8 "array.get_i8" Binary (Ref, I32) -> (I32), heap, "Element b of array a (i8 elements only); traps if a is null or b is out of bounds.";
                ArrayGetI16 array_get_i16 "array.get_i16" Binary (Ref, I32) -> (I32), heap, "Element b of array a (i16 elements only); traps if a is null or b is out of bounds.";
                ArrayGetU16 array_get_u16 "array.get_u16" Binary (Ref, I32) -> (I32), heap, "Element b of array a (u16 elements only); traps if a is null or b is out of bounds.";
                ArrayGetI32 array_get_i32 "array.get_i32" Binary (Ref, I32) -> (I32), heap, "Element b of array a (i32 elements only); traps if a is null or b is out of bounds.";
                ArrayGetI64 array_get_i64 "array.get_i64" Binary (Ref, I32) -> (I64), heap, "Element b of array a (i64 elements only); traps if a is null or b is out of bounds.";
                ArrayGetF32 array_get_f32 "array.get_f32" Binary (Ref, I32) -> (F32), heap, "Element b of array a (f32 elements only); traps if a is null or b is out of bounds.";
                ArrayGetF64 array_get_f64 "array.get_f64" Binary (Ref, I32) -> (F64), heap, "Element b of array a (f64 elements only); traps if a is null or b is out of bounds.";
                ArrayGetRef array_get_ref "array.get_ref" Binary (Ref, I32) -> (Ref), heap, "Element b of array a (ref elements only); traps if a is null or b is out of bounds.";
                ArrayGetAny array_get_any "array.get_any" Binary (Ref, I32) -> (Any), heap, "Element b of array a (any elements only); traps if a is null or b is out of bounds.";
                ArraySetI8 array_set_i8 "array.set_i8" Ternary (Ref, I32, I32) -> (), heap, "Stores c at element b of array a (i8 elements only); traps if a is null or b is out of bounds.";
                ArraySetI16 array_set_i16 "array.set_i16" Ternary (Ref, I32, I32) -> (), heap, "Stores c at element b of array a (i16 elements only); traps if a is null or b is out of bounds.";
                ArraySetU16 array_set_u16 "array.set_u16" Ternary (Ref, I32, I32) -> (), heap, "Stores c at element b of array a (u16 elements only); traps if a is null or b is out of bounds.";
                ArraySetI32 array_set_i32 "array.set_i32" Ternary (Ref, I32, I32) -> (), heap, "Stores c at element b of array a (i32 elements only); traps if a is null or b is out of bounds.";
                ArraySetI64 array_set_i64 "array.set_i64" Ternary (Ref, I32, I64) -> (), heap, "Stores c at element b of array a (i64 elements only); traps if a is null or b is out of bounds.";
                ArraySetF32 array_set_f32 "array.set_f32" Ternary (Ref, I32, F32) -> (), heap, "Stores c at element b of array a (f32 elements only); traps if a is null or b is out of bounds.";
                ArraySetF64 array_set_f64 "array.set_f64" Ternary (Ref, I32, F64) -> (), heap, "Stores c at element b of array a (f64 elements only); traps if a is null or b is out of bounds.";
                ArraySetRef array_set_ref "array.set_ref" Ternary (Ref, I32, Ref) -> (), heap, "Stores c at element b of array a (ref elements only); traps if a is null or b is out of bounds.";
                ArraySetAny array_set_any "array.set_any" Ternary (Ref, I32, Any) -> (), heap, "Stores c at element b of array a (any elements only); traps if a is null or b is out of bounds.";
                StrConst str_const "str.const" StrConst () -> (Ref), heap, "The string of a constant-pool entry, interned once per module at load (the same object every time).";
                StrLen str_len "str.len" Unary (Ref) -> (I32), heap, "Length in UTF-16 units (Java length()): an astral character counts 2.";
                StrLenCp str_len_cp "str.len_cp" Unary (Ref) -> (I32), heap, "Length in code points (Python len()).";
                StrUnitAt str_unit_at "str.unit_at" Binary (Ref, I32) -> (I32), heap, "UTF-16 unit b (Java charAt), zero-extended; traps out of bounds.";
                StrCpAt str_cp_at "str.cp_at" Binary (Ref, I32) -> (I32), heap, "Code point b (Python indexing, no negative indices); traps out of bounds.";
                StrConcat str_concat "str.concat" Binary (Ref, Ref) -> (Ref), heap, "A new string: a followed by b.";
                StrEq str_eq "str.eq" Binary (Ref, Ref) -> (I32), heap, "1 if a and b hold the same code points else 0.";
                StrCmp str_cmp "str.cmp" Binary (Ref, Ref) -> (I32), heap, "-1, 0 or 1: a against b, lexicographically by code points (Python order).";
                StrHash str_hash "str.hash" Unary (Ref) -> (I32), heap, "Java hashCode: s[0]*31^(n-1) + ... + s[n-1] over UTF-16 units, wrapping i32.";
                StrFromI64 str_from_i64 "str.from_i64" Unary (I64) -> (Ref), heap, "A new string: a in decimal (\"-42\").";
                StrFromF64 str_from_f64 "str.from_f64" Unary (F64) -> (Ref), heap, "A new string: the shortest repr that reads back exactly, Rust {:?} style (1.0, 0.1, 1e100, -0.0, NaN, inf, -inf).";
                StrToI64 str_to_i64 "str.to_i64" Unary (Ref) -> (I64), heap, "a parsed as an optionally signed decimal integer (ASCII digits, no spaces); traps with bad number format otherwise or if out of range.";
                ExcTrapCode exc_trap_code "exc.trap_code" Unary (Ref) -> (I32), heap, "The stable code of trap object a (docs/exceptions.md); 0 when a is null or not a trap object.";
                ExcTrapMessage exc_trap_message "exc.trap_message" Unary (Ref) -> (Ref), heap, "The message string of trap object a; null when a is null or not a trap object.";
                AnyNone any_none "any.none" Nullary () -> (Any), dynamic, "r := none.";
                AnyFromI64 any_from_i64 "any.from_i64" Unary (I64) -> (Any), dynamic, "The int a: inline if it fits 49 bits, else a boxed int on the heap (traps if the heap limit is reached).";
                AnyFromF64 any_from_f64 "any.from_f64" Unary (F64) -> (Any), dynamic, "The float a (inline; NaNs become the canonical NaN).";
                AnyFromBool any_from_bool "any.from_bool" Unary (I32) -> (Any), dynamic, "The bool a != 0.";
                AnyFromRef any_from_ref "any.from_ref" Unary (Ref) -> (Any), dynamic, "The reference a (null becomes none); free.";
                AnyToI64 any_to_i64 "any.to_i64" Unary (Any) -> (I64), dynamic, "The int a holds (inline or boxed); traps if a is not an int.";
                AnyToF64 any_to_f64 "any.to_f64" Unary (Any) -> (F64), dynamic, "The float a holds; traps if a is not a float (ints are not converted).";
                AnyToBool any_to_bool "any.to_bool" Unary (Any) -> (I32), dynamic, "1 for true, 0 for false; traps if a is not a bool.";
                AnyToRef any_to_ref "any.to_ref" Unary (Any) -> (Ref), dynamic, "The reference a holds (none gives null); traps if a is a bool, an int or a float (a boxed int is a reference to its box).";
                AnyKind any_kind "any.kind" Unary (Any) -> (I32), dynamic, "The kind of a: 0 none, 1 bool, 2 int (inline or boxed), 3 float, 4 any other reference.";
                AnyAdd any_add "any.add" Binary (Any, Any) -> (Any), dynamic, "a + b: inline for two ints (i64, result inline or boxed) and two floats; otherwise (and on i64 overflow) the module's any hook with op 0, or a trap without one.";
                AnySub any_sub "any.sub" Binary (Any, Any) -> (Any), dynamic, "a - b, as any.add (hook op 1).";
                AnyMul any_mul "any.mul" Binary (Any, Any) -> (Any), dynamic, "a * b, as any.add (hook op 2).";
                AnyNeg any_neg "any.neg" Unary (Any) -> (Any), dynamic, "-a for an int or a float; otherwise (and for the int -2^63) the hook with op 3 and b = none.";
                AnyLt any_lt "any.lt" Binary (Any, Any) -> (Any), dynamic, "The bool a < b for two ints or two floats; otherwise the hook with op 4 (its result, whatever it is).";
                AnyLe any_le "any.le" Binary (Any, Any) -> (Any), dynamic, "a <= b, as any.lt (hook op 5).";
                AnyGt any_gt "any.gt" Binary (Any, Any) -> (Any), dynamic, "a > b, as any.lt (hook op 6).";
                AnyGe any_ge "any.ge" Binary (Any, Any) -> (Any), dynamic, "a >= b, as any.lt (hook op 7).";
                AnyEq any_eq "any.eq" Binary (Any, Any) -> (Any), dynamic, "The bool a == b for two values of the same kind among none, bool, int and float (IEEE for floats); otherwise the hook with op 8.";
                AnyNe any_ne "any.ne" Binary (Any, Any) -> (Any), dynamic, "a != b, as any.eq (hook op 9).";
                ArrayCopy array_copy "array.copy" Quinary (Ref, I32, Ref, I32, I32) -> (), heap, "Copies e elements of array a from index b to array c from index d (System.arraycopy: correct for overlapping ranges of one array). Traps on null, if a and c are not arrays of one element type, or if b, d or e is negative or a range passes an end; nothing is copied then.";
                ClosureNew closure_new "closure.new" Binary (I32, Ref) -> (Ref), heap, "A new closure of the function of this module whose address (func.addr) is a, with environment b; the function takes the environment (ref) first. Traps if a is no function of the module or the heap limit is reached.";
                StrFromUnit str_from_unit "str.from_unit" Unary (I32) -> (Ref), heap, "A new string of one UTF-16 unit: the low 16 bits of a (Java's String.valueOf(char)).";
                AnyTrueDiv any_truediv "any.truediv" Binary (Any, Any) -> (Any), dynamic, "a / b as floats for two numbers (ints or floats) when b != 0 (inline ints convert exactly); otherwise the hook with op 10.";
                AnyFloorDiv any_floordiv "any.floordiv" Binary (Any, Any) -> (Any), dynamic, "a / b rounded toward negative infinity for two inline ints when b != 0 and the result is inline; otherwise the hook with op 11.";
                AnyMod any_mod "any.mod" Binary (Any, Any) -> (Any), dynamic, "a - b * floor(a / b) (the sign of b) for two inline ints when b != 0; otherwise the hook with op 12.";
                AnyShl any_shl "any.shl" Binary (Any, Any) -> (Any), dynamic, "a * 2^b for two inline ints, 0 <= b < 64, when the result is inline; otherwise the hook with op 13.";
                AnyShr any_shr "any.shr" Binary (Any, Any) -> (Any), dynamic, "a >> b (arithmetic) for two inline ints with b >= 0; otherwise the hook with op 14.";
                AnyAnd any_and "any.and" Binary (Any, Any) -> (Any), dynamic, "a & b for two inline ints; otherwise the hook with op 15.";
                AnyOr any_or "any.or" Binary (Any, Any) -> (Any), dynamic, "a | b for two inline ints; otherwise the hook with op 16.";
                AnyXor any_xor "any.xor" Binary (Any, Any) -> (Any), dynamic, "a ^ b for two inline ints; otherwise the hook with op 17.";
                AnyPow any_pow "any.pow" Binary (Any, Any) -> (Any), dynamic, "a ^ b for two floats with a > 0, both finite and a finite result (libm pow); otherwise the hook with op 18.";
                AnyIAdd any_iadd "any.iadd" Binary (Any, Any) -> (Any), dynamic, "In-place a + b (a += b): the fast path of any.add; otherwise the hook with op 19.";
                AnyISub any_isub "any.isub" Binary (Any, Any) -> (Any), dynamic, "In-place a - b: the fast path of any.sub; otherwise the hook with op 20.";
                AnyIMul any_imul "any.imul" Binary (Any, Any) -> (Any), dynamic, "In-place a * b: the fast path of any.mul; otherwise the hook with op 21.";
                AnyVecGet any_vec_get "any.vec_get" Binary (Any, Any) -> (Any), dynamic, "Element b of vector a (an array of any [2, n, items] with n inline and items an array of any): for an inline int b with -n <= b < n, items[b] (items[b + n] when b < 0); otherwise the hook with op 22.";
                AnyVecSet any_vec_set "any.vec_set" Ternary (Any, Any, Any) -> (), dynamic, "Stores c at element b of vector a (as any.vec_get); otherwise the hook with op 23, a and a new array of any [b, c].";
                AnyTruth any_truth "any.truth" Unary (Any) -> (Any), dynamic, "The bool of a: false for none, false, 0 and 0.0 (either sign), true for true, other ints and floats; otherwise the hook with op 24 and b = none.";
                AnyValid any_valid "any.valid" Unary (Any) -> (I32), dynamic, "1 if a holds a value of the any encoding (none, a bool, an int, a float, a reference), 0 for the other bit patterns, which runtimes use as markers (Python's unbound variables); never traps.";
                AnyAttrGet any_attr_get "any.attr_get" Binary (Any, Any) -> (Any), dynamic, "Attribute b of object a (an array of any [class, map] whose element 0 is a reference and map an array of any [4, n, keys, values, ...] with n inline) whose class (element 0) is not guarded (an array of any with element 6 not none): values[i] for the first i < n with keys[i] identical to b; otherwise the hook with op 25.";
                AnyAttrSet any_attr_set "any.attr_set" Ternary (Any, Any, Any) -> (), dynamic, "Stores c as attribute b of object a (as any.attr_get): values[i] := c for the first i < n with keys[i] identical to b, or, when the map has no index (elements 4 and 5 none), n < 8 and keys[n] is identical to b, values[n] := c and n := n + 1; otherwise (and always when a has more than two elements) the hook with op 26, a and a new array of any [b, c].";
                ArrayStoreKnown array_store_known "array.store_known" Binary (Ref, Ref) -> (I32), heap, "1 if storing b into array a needs no check by the guest: b is null, a is not an array with a class tag (null, untagged: the store itself then decides), or the pair of a's tag and b's type (its class; string; an array's tag, else its element type) was approved (std.java_array_approve_store); else 0. Never traps.";
                ArrayClass array_class "array.class" Binary (Ref, Ref) -> (Ref), heap, "The class object array a is tagged with (std.java_array_set_class), null for an untagged array, and b when a is null or not an array. Never traps.";
            }
            structural {
                Mov mov "mov" Mov, "r := a; both registers have the same type.";
                Select select "select" Select, "r := if c != 0 then a else b; c is i32, r, a and b have one type.";
                Br br "br" Jump, "Jumps to a block. Terminator.";
                BrIf br_if "br_if" Branch, "Jumps to the first block if c != 0, else to the second. Terminator.";
                BrTable br_table "br_table" Switch, "Jumps to target number i if i (i32, unsigned) is in range, else to the default. Terminator.";
                Call call "call" Call, "Calls a function of this module or an import; results go to the destination registers.";
                CallIndirect call_indirect "call_indirect" CallIndirect, "Calls the function whose address (from func.addr) is in an i32 register; traps if it is no function or its signature differs.";
                Ret ret "ret" Return, "Returns the registers as the function's results. Terminator.";
                GlobalGet global_get "global.get" GlobalGet, "r := global.";
                GlobalSet global_set "global.set" GlobalSet, "global := a; the global must be mutable.";
                FuncAddr func_addr "func.addr" FuncAddr, "r := the address (i32) of a function of this module, for call_indirect.";
                MemorySize memory_size "memory.size" MemorySize, "r := the size of the module's linear memory in bytes (i64).";
                Unreachable unreachable "unreachable" Unreachable, "Traps. Terminator.";
                ObjNew obj_new "obj.new" New, "r := a new instance of a class (not an interface), every field zeroed (0 / null / none); runs no constructor. Traps if the heap limit is reached.";
                ObjGet obj_get "obj.get" FieldGet, "r := field C.f of object a; r has the field's type. Traps on null or if a is not an instance of C or a subclass.";
                ObjSet obj_set "obj.set" FieldSet, "Field C.f of object a := v; v has the field's type. Traps on null or if a is not an instance of C or a subclass.";
                ObjInstanceOf obj_instanceof "obj.instanceof" ClassTest, "r (i32) := 1 if a is an instance of class C, of a subclass, or of a class implementing interface C, else 0 (0 for null and non-instances).";
                ObjCast obj_cast "obj.cast" ClassTest, "r := a if a is null or obj.instanceof C would give 1; traps with class cast otherwise.";
                CallVirtual call_virtual "call.virtual" CallMethod, "Calls method C.m of the receiver (the first argument) through its class's vtable: the receiver's override. Traps on a null receiver or one that is not an instance of C or a subclass.";
                CallInterface call_interface "call.interface" CallMethod, "Calls interface method I.m of the receiver (the first argument) through its class's itable. Traps on a null receiver or one whose class does not implement I.";
                Throw throw "throw" Throw, "Throws the object in a (ref) to the handler of the block, else unwinds to the callers' (docs/exceptions.md); a null a is a catchable null-reference trap. Terminator.";
                Catch catch "catch" Catch, "r (ref) := the value being caught. Only as the first instruction of a handler block.";
                CallClosure call_closure "call.closure" CallClosure, "Calls the closure in a ref register with the environment as first argument, then the arguments; traps on null, on a non-closure, or if the function's signature is not (ref, sig params) -> sig results.";
            }
        }
    };
}

/// How an instruction's operands are laid out: one variant of [`crate::InstData`] each.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `r = op imm`
    Const,
    /// `r = op a`
    Unary,
    /// `r = op a, b`
    Binary,
    /// `r = mov a`
    Mov,
    /// `r = select c, a, b`
    Select,
    /// `br b1`
    Jump,
    /// `br_if c, b1, b2`
    Branch,
    /// `br_table i, [b1, b2], b0`
    Switch,
    /// `r1, r2 = call @f(a, b)`
    Call,
    /// `r1 = call_indirect (sig) f(a, b)`
    CallIndirect,
    /// `ret a, b`
    Return,
    /// `r = global.get $g`
    GlobalGet,
    /// `global.set $g, a`
    GlobalSet,
    /// `r = func.addr @f`
    FuncAddr,
    /// `r = i32.load [a + 8]`
    Load,
    /// `i32.store [a + 8], v`
    Store,
    /// `r = memory.size`
    MemorySize,
    /// `unreachable`
    Unreachable,
    /// `r = op` (no operands, e.g. `ref.null`)
    Nullary,
    /// `op a, b, c` (three inputs, no result, e.g. `array.set_i32 arr, i, v`)
    Ternary,
    /// `r = op cN` (a string constant of the module's constant pool)
    StrConst,
    /// `r = obj.new C`
    New,
    /// `r = op C, a` (`obj.instanceof`, `obj.cast`)
    ClassTest,
    /// `r = obj.get C.f, a`
    FieldGet,
    /// `obj.set C.f, a, v`
    FieldSet,
    /// `r1, r2 = op C.m(recv, a, b)` (`call.virtual`, `call.interface`)
    CallMethod,
    /// `throw a`
    Throw,
    /// `r = catch`
    Catch,
    /// `r1 = call.closure (sig) c(a, b)`
    CallClosure,
    /// `op a, b, c, d, e` (five inputs, no result: `array.copy`)
    Quinary,
}

impl Format {
    /// Whether instructions of this format end a block (and only they may).
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Format::Jump | Format::Branch | Format::Switch | Format::Return | Format::Unreachable | Format::Throw
        )
    }
}

/// Whether an operation can trap by itself (calls can also trap in the callee).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum TrapKind {
    /// Never traps.
    Pure,
    /// May trap.
    Traps,
}

/// The fixed signature of a typed operation.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct OpTyping {
    /// Types of the register inputs, in order.
    pub inputs: &'static [crate::Type],
    /// Type of the result register (`None` for stores).
    pub output: Option<crate::Type>,
}

macro_rules! define_opcode {
    (
        typed { $( $tv:ident $tf:ident $tn:literal $tfmt:ident ( $($tin:ident),* ) -> ( $($tout:ident)? ), $ttrap:ident, $tdoc:literal; )* }
        structural { $( $sv:ident $sf:ident $sn:literal $sfmt:ident, $sdoc:literal; )* }
    ) => {
        /// A rootIR operation. Generated from [`for_each_op!`](crate::for_each_op).
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum Opcode {
            $( #[doc = $tdoc] $tv, )*
            $( #[doc = $sdoc] $sv, )*
        }

        impl Opcode {
            /// Every opcode, in table order (which is also the binary encoding).
            pub const ALL: &'static [Opcode] = &[ $(Opcode::$tv,)* $(Opcode::$sv,)* ];

            /// The `.rir` mnemonic.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$tv => $tn,)* $(Opcode::$sv => $sn,)* }
            }

            /// The operand layout.
            pub fn format(self) -> Format {
                match self { $(Opcode::$tv => Format::$tfmt,)* $(Opcode::$sv => Format::$sfmt,)* }
            }

            /// The documentation line from the opcode table.
            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$tv => $tdoc,)* $(Opcode::$sv => $sdoc,)* }
            }

            /// The fixed signature of a typed operation; `None` for structural ones.
            pub fn typing(self) -> Option<OpTyping> {
                match self {
                    $(Opcode::$tv => Some(OpTyping {
                        inputs: &[$(crate::Type::$tin),*],
                        output: define_opcode!(@out $($tout)?),
                    }),)*
                    _ => None,
                }
            }

            /// Whether the operation's meaning lives in the VM's heap (`heap` in the table)
            /// rather than in [`crate::semantics`].
            pub fn is_heap(self) -> bool {
                match self {
                    $(Opcode::$tv => define_opcode!(@heap $ttrap),)*
                    _ => self.is_class_op(),
                }
            }

            /// Whether the operation itself can trap (heap operations count as trapping).
            pub fn trap_kind(self) -> TrapKind {
                match self {
                    $(Opcode::$tv => define_opcode!(@trap $ttrap),)*
                    Opcode::Call | Opcode::CallIndirect | Opcode::CallClosure | Opcode::Unreachable | Opcode::Throw => {
                        TrapKind::Traps
                    }
                    _ if Opcode::is_class_op(self) => TrapKind::Traps,
                    _ => TrapKind::Pure,
                }
            }
        }
    };
    (@out) => { None };
    (@out $t:ident) => { Some(crate::Type::$t) };
    (@trap pure) => { TrapKind::Pure };
    (@trap traps) => { TrapKind::Traps };
    (@trap heap) => { TrapKind::Traps };
    (@trap dynamic) => { TrapKind::Traps };
    (@heap heap) => { true };
    (@heap dynamic) => { true };
    (@heap $other:ident) => { false };
}

for_each_op!(define_opcode);

impl Opcode {
    /// The opcode with the given `.rir` mnemonic.
    pub fn from_name(name: &str) -> Option<Opcode> {
        use std::collections::HashMap;
        use std::sync::OnceLock;
        static BY_NAME: OnceLock<HashMap<&'static str, Opcode>> = OnceLock::new();
        BY_NAME.get_or_init(|| Opcode::ALL.iter().map(|&op| (op.name(), op)).collect()).get(name).copied()
    }

    /// The binary code of the opcode (its position in the table).
    pub fn code(self) -> u16 {
        self as u16
    }

    /// The opcode with the given binary code.
    pub fn from_code(code: u16) -> Option<Opcode> {
        Opcode::ALL.get(code as usize).copied()
    }

    /// Whether this is one of the object operations (structural rows whose typing depends on a
    /// class declaration); they count as `heap` operations (see [`Opcode::is_heap`]).
    pub fn is_class_op(self) -> bool {
        matches!(
            self.format(),
            Format::New | Format::ClassTest | Format::FieldGet | Format::FieldSet | Format::CallMethod
        )
    }

    /// Whether the operation ends a basic block.
    pub fn is_terminator(self) -> bool {
        self.format().is_terminator()
    }
}

impl std::fmt::Display for Opcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_are_unique_and_round_trip() {
        for (i, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op.code() as usize, i);
            assert_eq!(Opcode::from_code(op.code()), Some(op));
            assert_eq!(Opcode::from_name(op.name()), Some(op), "{}", op.name());
        }
        assert_eq!(Opcode::from_name("i32.frobnicate"), None);
    }

    #[test]
    fn typed_ops_have_inputs_matching_their_format() {
        for &op in Opcode::ALL {
            let Some(t) = op.typing() else { continue };
            let expected = match op.format() {
                Format::Const | Format::Nullary | Format::StrConst => 0,
                Format::Unary => 1,
                Format::Ternary => 3,
                Format::Quinary => 5,
                Format::Binary | Format::Store => 2,
                Format::Load => 1,
                other => panic!("{op} has typed format {other:?}"),
            };
            assert_eq!(t.inputs.len(), expected, "{op}");
            if matches!(op.format(), Format::Ternary | Format::Quinary) {
                assert_eq!(t.output, None, "{op}: ternary operations have no result");
            }
        }
    }

    #[test]
    fn heap_marker_is_reported() {
        assert!(Opcode::ArrayNewI32.is_heap());
        assert_eq!(Opcode::ArrayNewI32.trap_kind(), TrapKind::Traps);
        assert!(!Opcode::I32Add.is_heap());
        assert!(!Opcode::Call.is_heap());
        assert!(Opcode::ObjNew.is_heap() && Opcode::CallVirtual.is_heap());
        assert_eq!(Opcode::ObjGet.trap_kind(), TrapKind::Traps);
        assert_eq!(Opcode::from_name("call.interface"), Some(Opcode::CallInterface));
        assert_eq!(Opcode::from_name("array.set_u16"), Some(Opcode::ArraySetU16));
    }
}
