//! The Java runtime the frontend generates itself: method bodies of the built-in classes
//! (`Object`, `Throwable`) and helper functions (printing, string conversion, raising
//! exceptions), written directly as rootIR with `FunctionBuilder`, each built on first use.
//!
//! Strings are VM strings (UTF-16 length and units, `str.*` ops); a `ref` that is not an
//! instance of `java.lang.Object` and not null is taken to be a string.

use crate::classes::{CLASS_NAME, add_method};
use crate::program::Program;
use rootir::{Block, Callee, FuncType, FunctionBuilder, InstData, MethodRef, Opcode, Reg, Type};

/// The Java exception class of each catchable VM trap (by stable trap number).
const TRAP_CLASSES: &[(i32, &str)] = &[
    (1, "java/lang/ArithmeticException"),
    (6, "java/lang/NullPointerException"),
    (7, "java/lang/ArrayIndexOutOfBoundsException"),
    (8, "java/lang/NegativeArraySizeException"),
    (9, "java/lang/OutOfMemoryError"),
    (11, "java/lang/NumberFormatException"),
    (13, "java/lang/ClassCastException"),
    (rootir::CALL_DEPTH_TRAP_NUMBER, "java/lang/StackOverflowError"),
];

const OBJECT: &str = "java/lang/Object";
const THROWABLE: &str = "java/lang/Throwable";
const SB: &str = "java/lang/StringBuilder";
const PS: &str = "java/io/PrintStream";
const TO_STRING: &str = "toString()Ljava/lang/String;";
const GET_MESSAGE: &str = "getMessage()Ljava/lang/String;";
const GET_CAUSE: &str = "getCause()Ljava/lang/Throwable;";

fn sig(params: &[Type], results: &[Type]) -> FuncType {
    FuncType::new(params.to_vec(), results.to_vec())
}

/// A runtime helper function by name, built on first use: its callee and signature.
pub fn function(p: &mut Program, name: &str) -> Result<(Callee, FuncType), String> {
    if let Some((f, s)) = p.runtime.get(name) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let s = signature(name)?;
    cached_function(p, name, s, |f| build(f, name))
}

/// The runtime function cached under `key` in `p.runtime` (and named `key`), built by `build`
/// on first use: see [`cached_named`].
pub fn cached_function(
    p: &mut Program,
    key: &str,
    sig: FuncType,
    build: impl FnOnce(&mut B<'_>) -> Result<(), String>,
) -> Result<(Callee, FuncType), String> {
    cached_named(p, key, key.to_string(), sig, build)
}

/// The function `(ref) -> i32` of an `instanceof` test cached under `key`: 0 for null, else
/// the `i32` that `test` computes from the (non-null) reference.
pub fn instance_test(
    p: &mut Program,
    key: &str,
    test: impl FnOnce(&mut B<'_>, Reg) -> Result<Reg, String>,
) -> Result<(Callee, FuncType), String> {
    cached_function(p, key, FuncType::new([Type::Ref], [Type::I32]), move |f| {
        let a = f.b.param(0);
        let null = f.b.ref_is_null(a);
        let (_, not_null) = f.split(null);
        let zero = f.b.i32_const(0);
        f.b.ret(&[zero]);
        f.b.switch_to(not_null);
        let r = test(f, a)?;
        f.b.ret(&[r]);
        Ok(())
    })
}

/// The runtime function cached under `key` in `p.runtime`, built by `build` into a function
/// named `name` on first use. The slot is reserved (and cached) before `build` runs, so the
/// function may call itself or reach itself through other helpers. When `build` fails the
/// error is returned (the method needing the function fails to translate, and so does the
/// next one asking) and the slot gets a body that is never run, so the module stays valid.
pub fn cached_named(
    p: &mut Program,
    key: &str,
    name: String,
    sig: FuncType,
    build: impl FnOnce(&mut B<'_>) -> Result<(), String>,
) -> Result<(Callee, FuncType), String> {
    if let Some((f, s)) = p.runtime.get(key) {
        return Ok((Callee::Func(*f), s.clone()));
    }
    let id = p.reserve_function(name.clone(), sig.clone());
    p.runtime.insert(key.to_string(), (id, sig.clone()));
    let mut f = B { p, b: FunctionBuilder::new(name.clone(), sig.clone()) };
    if let Err(e) = build(&mut f) {
        p.runtime.remove(key);
        let mut stub = FunctionBuilder::new(format!("{name}$unbuilt{}", id.index()), sig);
        stub.unreachable();
        p.set_function(id, stub.finish());
        return Err(e);
    }
    let built = f.b.finish();
    p.set_function(id, built);
    Ok((Callee::Func(id), sig))
}

/// Helpers for building runtime functions.
pub(crate) struct B<'a> {
    pub(crate) p: &'a mut Program,
    pub(crate) b: FunctionBuilder,
}

impl B<'_> {
    pub(crate) fn str(&mut self, text: &str) -> Reg {
        let c = self.p.string(text);
        self.b.str_const(c)
    }
    pub(crate) fn call(&mut self, name: &str, args: &[Reg]) -> Result<Vec<Reg>, String> {
        let (callee, s) = function(self.p, name)?;
        Ok(self.b.call(callee, args, &s.results))
    }
    pub(crate) fn host(&mut self, name: &str, params: &[Type], args: &[Reg]) {
        let (callee, _) = self.p.host(name, sig(params, &[]));
        self.b.call(callee, args, &[]);
    }
    pub(crate) fn virt(
        &mut self,
        class: &str,
        key: &str,
        args: &[Reg],
        result: Option<Type>,
    ) -> Result<Option<Reg>, String> {
        let (decl, index, _) = self.p.method(class, key)?;
        let method = MethodRef { class: self.p.class(&decl)?.id, method: index };
        let results: Vec<Reg> = result.map(|t| self.b.new_reg(t)).into_iter().collect();
        self.b.push(InstData::CallMethod {
            op: Opcode::CallVirtual,
            results: results.clone(),
            method,
            args: args.to_vec(),
        });
        Ok(results.first().copied())
    }
    pub(crate) fn field_get(&mut self, class: &str, field: &str, obj: Reg, ty: Type) -> Result<Reg, String> {
        let (f, _) = self.p.field(class, field)?;
        let dst = self.b.new_reg(ty);
        self.b.push(InstData::FieldGet { dst, field: f, obj });
        Ok(dst)
    }
    pub(crate) fn field_set(&mut self, class: &str, field: &str, obj: Reg, src: Reg) -> Result<(), String> {
        let (f, _) = self.p.field(class, field)?;
        self.b.push(InstData::FieldSet { field: f, obj, src });
        Ok(())
    }
    pub(crate) fn is_object(&mut self, r: Reg) -> Result<Reg, String> {
        let class = self.p.class(OBJECT)?.id;
        let dst = self.b.new_reg(Type::I32);
        self.b.push(InstData::ClassTest { op: Opcode::ObjInstanceOf, dst, class, arg: r });
        Ok(dst)
    }
    /// Captures the current guest stack into Throwable `obj` (its `backtrace`: throwable.rs).
    pub(crate) fn fill_in_stack_trace(&mut self, obj: Reg) -> Result<(), String> {
        self.store_trace("java_backtrace", obj)
    }
    /// The helpful message of the NullPointerException the last null-reference trap becomes
    /// (`std.java_npe_message`, from the trace table; null when there is none).
    fn npe_message(&mut self) -> Result<Reg, String> {
        let (callee, _) = self.p.host("java_npe_message", sig(&[Type::Ref], &[Type::Ref]));
        let c = self.p.trace_table();
        let table = self.b.str_const(c);
        Ok(self.b.call(callee, &[table], &[Type::Ref])[0])
    }
    /// Stores the capture of host function `host` (a stack, packed) into Throwable `obj`.
    fn store_trace(&mut self, host: &str, obj: Reg) -> Result<(), String> {
        capture(self.p, &mut self.b, host, obj)
    }
    /// A counted loop: runs `body` with `i` = `from`, `from + 1`, ... while `i < end` (signed),
    /// then leaves the builder in the block after the loop (rootir's
    /// `FunctionBuilder::begin_count_up`, with the runtime's builder in the body).
    pub(crate) fn count_up(
        &mut self,
        from: Reg,
        end: Reg,
        mut body: impl FnMut(&mut Self, Reg) -> Result<(), String>,
    ) -> Result<(), String> {
        let l = self.b.begin_count_up(from, end);
        body(self, l.index)?;
        self.b.end_count_up(l);
        Ok(())
    }
    /// Returns the value of the `ref` global `global` when it is set; the code built after
    /// this runs when it is null (a value made once and kept there: literals, class objects).
    pub(crate) fn return_if_set(&mut self, global: rootir::GlobalId) {
        let current = self.b.global_get(Type::Ref, global);
        let none = self.b.ref_is_null(current);
        let (make, ready) = (self.b.new_block(), self.b.new_block());
        self.b.br_if(none, make, ready);
        self.b.switch_to(ready);
        self.b.ret(&[current]);
        self.b.switch_to(make);
    }
    pub(crate) fn split(&mut self, cond: Reg) -> (Block, Block) {
        let (yes, no) = (self.b.new_block(), self.b.new_block());
        self.b.br_if(cond, yes, no);
        self.b.switch_to(yes);
        (yes, no)
    }
    /// Writes string `s` to the stream of PrintStream `ps`.
    fn write(&mut self, ps: Reg, s: Reg) -> Result<(), String> {
        crate::print_stream::to_sink(self, ps, "print(Ljava/lang/String;)V", &[s])?;
        let fd = self.field_get("java/io/PrintStream", "fd", ps, Type::I32)?;
        let two = self.b.i32_const(2);
        let is_err = self.b.i32_eq(fd, two);
        let (_, out) = self.split(is_err);
        self.host("ewrite_str", &[Type::Ref], &[s]);
        self.b.ret(&[]);
        self.b.switch_to(out);
        self.host("write_str", &[Type::Ref], &[s]);
        self.b.ret(&[]);
        Ok(())
    }
}

/// Emits into `b` the capture of host function `host` (`java_backtrace`: the current stack;
/// `java_trap_backtrace`: the last trap's), stored into the `backtrace` of Throwable `obj`.
pub fn capture(p: &mut Program, b: &mut FunctionBuilder, host: &str, obj: Reg) -> Result<(), String> {
    let (callee, _) = p.host(host, sig(&[], &[Type::Ref]));
    let frames = b.call(callee, &[], &[Type::Ref])[0];
    let (field, _) = p.field(THROWABLE, "backtrace")?;
    b.push(InstData::FieldSet { field, obj, src: frames });
    Ok(())
}

/// The global holding `System.out` (`fd` 1) or `System.err` (2), null until first used.
fn std_global(p: &mut Program, fd: i32) -> rootir::GlobalId {
    let slot = usize::from(fd == 2);
    if let Some(g) = p.std_streams[slot] {
        return g;
    }
    let g = p.add_global(format!("java.lang.System.{}", if fd == 1 { "out" } else { "err" }), Type::Ref);
    p.std_streams[slot] = Some(g);
    g
}

/// The signature of runtime helper `name`.
fn signature(name: &str) -> Result<FuncType, String> {
    use Type::*;
    Ok(match name {
        "$throw" | "$stack_trace" => sig(&[Ref], &[]),
        "$java_exc" => sig(&[Ref], &[Ref]),
        "$char_str" | "$bool_str" => sig(&[I32], &[Ref]),
        "$array_len" => sig(&[I32], &[I32]),
        "$str_char_at" | "$sb_char_at" => sig(&[Ref, I32], &[I32]),
        "$obj_str" => sig(&[Ref], &[Ref]),
        "$is_string" | "$is_not_null" => sig(&[Ref], &[I32]),
        "$stdout" | "$stderr" => sig(&[], &[Ref]),
        "$set_stdout" | "$set_stderr" => sig(&[Ref], &[]),
        "$print_str" | "$println_str" => sig(&[Ref, Ref], &[]),
        "$print_char" | "$println_char" => sig(&[Ref, I32], &[]),
        "$print_f64" | "$println_f64" => sig(&[Ref, F64], &[]),
        "$print_f32" | "$println_f32" => sig(&[Ref, F32], &[]),
        "$println" => sig(&[Ref], &[]),
        "$str_equals" | "$obj_equals" => sig(&[Ref, Ref], &[I32]),
        "$obj_hash" => sig(&[Ref], &[I32]),
        n if crate::throwable::TRACE_FUNCTIONS.contains(&n) => {
            let (params, results) = crate::throwable::trace_sig(n);
            sig(&params, &results)
        }
        _ => return Err(format!("internal: no runtime function {name}")),
    })
}

/// Builds the body of runtime helper `name` into `f`.
fn build(f: &mut B<'_>, name: &str) -> Result<(), String> {
    use Type::*;
    let a0 = if matches!(name, "$stdout" | "$stderr" | "$throwable_statics") { Reg(0) } else { f.b.param(0) };
    match name {
        "$throw" => {
            // To `System.err`, as the JDK's uncaught-exception handler prints.
            let head = f.str("Exception in thread \"main\" ");
            let err = f.call("$stderr", &[])?[0];
            f.call("$print_str", &[err, head])?;
            f.call("$stack_trace", &[a0])?;
            let one = f.b.i32_const(1);
            f.host("exit", &[I32], &[one]);
            f.b.ret(&[]);
        }
        // `printStackTrace()`, also the uncaught exception's text after `Exception in thread`:
        // `RootTrace`'s text (throwable.rs) to `System.err` (which `System.setErr` may have
        // replaced).
        "$stack_trace" => {
            let text = f.call("$trace_text", &[a0])?[0];
            let err = f.call("$stderr", &[])?[0];
            f.call("$print_str", &[err, text])?;
            f.b.ret(&[]);
        }
        "$java_exc" => {
            // A VM trap object becomes the Java exception the JVM would have thrown.
            let code = f.b.exc_trap_code(a0);
            let is_java = f.b.i32_eqz(code);
            let (_, trap) = f.split(is_java);
            f.b.ret(&[a0]);
            f.b.switch_to(trap);
            for (number, class) in TRAP_CLASSES {
                let n = f.b.i32_const(*number);
                let hit = f.b.i32_eq(code, n);
                let (_, next) = f.split(hit);
                let id = f.p.class(class)?.id;
                let e = f.b.new_reg(Ref);
                f.b.push(InstData::New { dst: e, class: id });
                let msg = match *number {
                    1 => f.str("/ by zero"),
                    9 => f.str("Java heap space"),
                    6 => f.npe_message()?,
                    // HotSpot's StackOverflowError has no message.
                    rootir::CALL_DEPTH_TRAP_NUMBER => f.b.ref_null(),
                    _ => f.b.exc_trap_message(a0),
                };
                f.field_set(THROWABLE, "detailMessage", e, msg)?;
                // The frames where the trap happened.
                f.store_trace("java_trap_backtrace", e)?;
                f.b.ret(&[e]);
                f.b.switch_to(next);
            }
            f.b.ret(&[a0]);
        }
        "$array_len" => {
            // A negative array length throws NegativeArraySizeException with the length as its
            // message, as the JVM does; any other length is returned for `array.new`.
            let zero = f.b.i32_const(0);
            let negative = f.b.i32_lt_s(a0, zero);
            let (_, ok) = f.split(negative);
            let id = f.p.class("java/lang/NegativeArraySizeException")?.id;
            let e = f.b.new_reg(Ref);
            f.b.push(InstData::New { dst: e, class: id });
            let wide = f.b.i64_extend_i32_s(a0);
            let msg = f.b.str_from_i64(wide);
            f.field_set(THROWABLE, "detailMessage", e, msg)?;
            f.fill_in_stack_trace(e)?;
            f.b.throw(e);
            f.b.switch_to(ok);
            f.b.ret(&[a0]);
        }
        "$str_char_at" | "$sb_char_at" => {
            // `charAt` out of range throws StringIndexOutOfBoundsException worded as JDK 17's
            // String and StringBuilder word it.
            let i = f.b.param(1);
            let len = f.b.str_len(a0);
            let inside = f.b.i32_lt_u(i, len);
            let (_, bad) = f.split(inside);
            let unit = f.b.str_unit_at(a0, i);
            f.b.ret(&[unit]);
            f.b.switch_to(bad);
            let id = f.p.class("java/lang/StringIndexOutOfBoundsException")?.id;
            let e = f.b.new_reg(Ref);
            f.b.push(InstData::New { dst: e, class: id });
            let head = f.str(if name == "$str_char_at" { "String index out of range: " } else { "index " });
            let wide = f.b.i64_extend_i32_s(i);
            let index = f.b.str_from_i64(wide);
            let mut msg = f.b.str_concat(head, index);
            if name == "$sb_char_at" {
                let sep = f.str(", length ");
                let wide = f.b.i64_extend_i32_s(len);
                let n = f.b.str_from_i64(wide);
                let tail = f.b.str_concat(sep, n);
                msg = f.b.str_concat(msg, tail);
            }
            f.field_set(THROWABLE, "detailMessage", e, msg)?;
            f.fill_in_stack_trace(e)?;
            f.b.throw(e);
        }
        "$char_str" => {
            let r = f.b.str_from_unit(a0);
            f.b.ret(&[r]);
        }
        "$bool_str" => {
            let (_, no) = f.split(a0);
            let t = f.str("true");
            f.b.ret(&[t]);
            f.b.switch_to(no);
            let n = f.str("false");
            f.b.ret(&[n]);
        }
        "$obj_str" => {
            let null = f.b.ref_is_null(a0);
            let (_, not_null) = f.split(null);
            let n = f.str("null");
            f.b.ret(&[n]);
            f.b.switch_to(not_null);
            let obj = f.is_object(a0)?;
            let (_, string) = f.split(obj);
            let s = f.virt(OBJECT, TO_STRING, &[a0], Some(Ref))?.expect("result");
            f.b.ret(&[s]);
            f.b.switch_to(string);
            f.b.ret(&[a0]);
        }
        "$is_not_null" => {
            // `instanceof Object`: strings and arrays are objects too.
            let null = f.b.ref_is_null(a0);
            let r = f.b.i32_eqz(null);
            f.b.ret(&[r]);
        }
        "$is_string" => {
            // Not null, not an object and not an array: `array.class` answers a string itself.
            let null = f.b.ref_is_null(a0);
            let obj = f.is_object(a0)?;
            let either = f.b.i32_or(null, obj);
            let (_, maybe) = f.split(either);
            let no = f.b.i32_const(0);
            f.b.ret(&[no]);
            f.b.switch_to(maybe);
            let c = f.b.array_class(a0, a0);
            let r = f.b.ref_eq(c, a0);
            f.b.ret(&[r]);
        }
        "$stdout" | "$stderr" => {
            let fd = if name == "$stdout" { 1 } else { 2 };
            let g = std_global(f.p, fd);
            let cur = f.b.global_get(Ref, g);
            let null = f.b.ref_is_null(cur);
            let (_, ready) = f.split(null);
            let class = f.p.class("java/io/PrintStream")?.id;
            let ps = f.b.new_reg(Ref);
            f.b.push(InstData::New { dst: ps, class });
            let fdr = f.b.i32_const(fd);
            f.field_set("java/io/PrintStream", "fd", ps, fdr)?;
            f.b.global_set(g, ps);
            f.b.ret(&[ps]);
            f.b.switch_to(ready);
            f.b.ret(&[cur]);
        }
        "$set_stdout" | "$set_stderr" => {
            // `System.setOut` / `setErr`: what `System.out` / `err` return from now on.
            let g = std_global(f.p, if name == "$set_stdout" { 1 } else { 2 });
            f.b.global_set(g, a0);
            f.b.ret(&[]);
        }
        "$print_str" => {
            let a1 = f.b.param(1);
            let s = f.call("$obj_str", &[a1])?[0];
            f.write(a0, s)?;
        }
        "$print_char" => {
            let a1 = f.b.param(1);
            crate::print_stream::to_sink(f, a0, "print(C)V", &[a1])?;
            let fd = f.field_get("java/io/PrintStream", "fd", a0, I32)?;
            let two = f.b.i32_const(2);
            let is_err = f.b.i32_eq(fd, two);
            let (_, out) = f.split(is_err);
            f.host("java_eput_char", &[I32], &[a1]);
            f.b.ret(&[]);
            f.b.switch_to(out);
            f.host("java_put_char", &[I32], &[a1]);
            f.b.ret(&[]);
        }
        "$print_f64" | "$print_f32" => {
            let a1 = f.b.param(1);
            let key = if name == "$print_f64" { "print(D)V" } else { "print(F)V" };
            crate::print_stream::to_sink(f, a0, key, &[a1])?;
            let fd = f.field_get("java/io/PrintStream", "fd", a0, I32)?;
            let (host, t) = if name == "$print_f64" { ("write_java_f64", F64) } else { ("write_java_f32", F32) };
            f.host(host, &[I32, t], &[fd, a1]);
            f.b.ret(&[]);
        }
        "$println_str" | "$println_char" | "$println_f64" | "$println_f32" => {
            let mut a1 = f.b.param(1);
            let key = match name {
                "$println_str" => "println(Ljava/lang/String;)V",
                "$println_char" => "println(C)V",
                "$println_f64" => "println(D)V",
                _ => "println(F)V",
            };
            if name == "$println_str" && crate::print_stream::has_sinks(f.p) {
                a1 = f.call("$obj_str", &[a1])?[0];
            }
            crate::print_stream::to_sink(f, a0, key, &[a1])?;
            let print = name.replace("println", "print");
            f.call(&print, &[a0, a1])?;
            f.call("$println", &[a0])?;
            f.b.ret(&[]);
        }
        "$println" => {
            let nl = f.b.i32_const(10);
            f.call("$print_char", &[a0, nl])?;
            f.b.ret(&[]);
        }
        "$obj_equals" => {
            // Objects.equals: identical, or a non-null a whose equals(b) holds.
            let a1 = f.b.param(1);
            let same = f.b.ref_eq(a0, a1);
            let (_, differ) = f.split(same);
            let one = f.b.i32_const(1);
            f.b.ret(&[one]);
            f.b.switch_to(differ);
            let null = f.b.ref_is_null(a0);
            let (_, not_null) = f.split(null);
            let zero = f.b.i32_const(0);
            f.b.ret(&[zero]);
            f.b.switch_to(not_null);
            let obj = f.is_object(a0)?;
            let (_, string) = f.split(obj);
            let eq = f.virt(OBJECT, "equals(Ljava/lang/Object;)Z", &[a0, a1], Some(I32))?.expect("result");
            f.b.ret(&[eq]);
            f.b.switch_to(string);
            // An array equals only itself (tested above).
            let (array_kind, _) = f.p.host("java_array_kind", sig(&[Ref], &[I32]));
            let kind = f.b.call(array_kind, &[a0], &[I32])[0];
            let zero = f.b.i32_const(0);
            let array = f.b.i32_ge_s(kind, zero);
            let (_, string) = f.split(array);
            f.b.ret(&[zero]);
            f.b.switch_to(string);
            let eq = f.call("$str_equals", &[a0, a1])?[0];
            f.b.ret(&[eq]);
        }
        "$obj_hash" => {
            // Objects.hashCode: 0 for null, the string hash, or hashCode().
            let null = f.b.ref_is_null(a0);
            let (_, not_null) = f.split(null);
            let zero = f.b.i32_const(0);
            f.b.ret(&[zero]);
            f.b.switch_to(not_null);
            let obj = f.is_object(a0)?;
            let (_, string) = f.split(obj);
            let h = f.virt(OBJECT, "hashCode()I", &[a0], Some(I32))?.expect("result");
            f.b.ret(&[h]);
            f.b.switch_to(string);
            let h = f.b.str_hash(a0);
            f.b.ret(&[h]);
        }
        n if crate::throwable::TRACE_FUNCTIONS.contains(&n) => crate::throwable::trace_function(f, n)?,
        "$str_equals" => {
            let a1 = f.b.param(1);
            let is_str = f.call("$is_string", &[a1])?[0];
            let (_, no) = f.split(is_str);
            let eq = f.b.str_eq(a0, a1);
            f.b.ret(&[eq]);
            f.b.switch_to(no);
            let zero = f.b.i32_const(0);
            f.b.ret(&[zero]);
        }
        _ => unreachable!("checked above"),
    }
    Ok(())
}

/// Declares the methods of the built-in classes (`Object`, `Throwable`) with their bodies.
/// Every class's `$className` method must exist already.
pub fn declare_builtin_methods(p: &mut Program) -> Result<(), String> {
    use Type::*;
    const MESSAGE: &str = "detailMessage";
    let methods: &[(&str, &str, &[Type], &[Type])] = &[
        (OBJECT, "<init>()V", &[Ref], &[]),
        ("java/lang/Record", "<init>()V", &[Ref], &[]),
        (OBJECT, "hashCode()I", &[Ref], &[I32]),
        (OBJECT, "equals(Ljava/lang/Object;)Z", &[Ref, Ref], &[I32]),
        (OBJECT, TO_STRING, &[Ref], &[Ref]),
        (THROWABLE, "<init>()V", &[Ref], &[]),
        (THROWABLE, "<init>(Ljava/lang/String;)V", &[Ref, Ref], &[]),
        (THROWABLE, GET_MESSAGE, &[Ref], &[Ref]),
        (THROWABLE, "getLocalizedMessage()Ljava/lang/String;", &[Ref], &[Ref]),
        (THROWABLE, TO_STRING, &[Ref], &[Ref]),
        (THROWABLE, "printStackTrace()V", &[Ref], &[]),
        (THROWABLE, "<init>(Ljava/lang/String;Ljava/lang/Throwable;)V", &[Ref, Ref, Ref], &[]),
        (THROWABLE, "<init>(Ljava/lang/String;Ljava/lang/Throwable;ZZ)V", &[Ref, Ref, Ref, I32, I32], &[]),
        (THROWABLE, "<init>(Ljava/lang/Throwable;)V", &[Ref, Ref], &[]),
        (THROWABLE, GET_CAUSE, &[Ref], &[Ref]),
        (THROWABLE, "initCause(Ljava/lang/Throwable;)Ljava/lang/Throwable;", &[Ref, Ref], &[Ref]),
        (THROWABLE, "fillInStackTrace()Ljava/lang/Throwable;", &[Ref], &[Ref]),
        (THROWABLE, "addSuppressed(Ljava/lang/Throwable;)V", &[Ref, Ref], &[]),
        (THROWABLE, "getSuppressed()[Ljava/lang/Throwable;", &[Ref], &[Ref]),
        (THROWABLE, "getStackTrace()[Ljava/lang/StackTraceElement;", &[Ref], &[Ref]),
        (THROWABLE, "setStackTrace([Ljava/lang/StackTraceElement;)V", &[Ref, Ref], &[]),
        (THROWABLE, "printStackTrace(Ljava/io/PrintStream;)V", &[Ref, Ref], &[]),
        (PS, "checkError()Z", &[Ref], &[I32]),
        (PS, "close()V", &[Ref], &[]),
        (PS, "append(C)Ljava/io/PrintStream;", &[Ref, I32], &[Ref]),
        (PS, "append(Ljava/lang/CharSequence;)Ljava/io/PrintStream;", &[Ref, Ref], &[Ref]),
        (PS, "append(Ljava/lang/CharSequence;II)Ljava/io/PrintStream;", &[Ref, Ref, I32, I32], &[Ref]),
        (PS, "print([C)V", &[Ref, Ref], &[]),
        (PS, "println([C)V", &[Ref, Ref], &[]),
        (PS, "write(I)V", &[Ref, I32], &[]),
        (PS, "write([BII)V", &[Ref, Ref, I32, I32], &[]),
        (PS, "write([B)V", &[Ref, Ref], &[]),
        (PS, "writeBytes([B)V", &[Ref, Ref], &[]),
        (PS, "append(C)Ljava/lang/Appendable;", &[Ref, I32], &[Ref]),
        (PS, "append(Ljava/lang/CharSequence;)Ljava/lang/Appendable;", &[Ref, Ref], &[Ref]),
        (PS, "append(Ljava/lang/CharSequence;II)Ljava/lang/Appendable;", &[Ref, Ref, I32, I32], &[Ref]),
        (PS, "newLine()V", &[Ref], &[]),
        (PS, "write(Ljava/lang/String;)V", &[Ref, Ref], &[]),
        (PS, "writeln(Ljava/lang/String;)V", &[Ref, Ref], &[]),
        (PS, "writeln([C)V", &[Ref, Ref], &[]),
        (PS, "ensureOpen()V", &[Ref], &[]),
        (PS, "write([C)V", &[Ref, Ref], &[]),
        ("java/lang/ArrayIndexOutOfBoundsException", "<init>(I)V", &[Ref, I32], &[]),
        ("java/lang/StringIndexOutOfBoundsException", "<init>(I)V", &[Ref, I32], &[]),
        (SB, TO_STRING, &[Ref], &[Ref]),
        ("java/lang/IndexOutOfBoundsException", "<init>(I)V", &[Ref, I32], &[]),
        ("java/lang/IndexOutOfBoundsException", "<init>(J)V", &[Ref, I64], &[]),
        (THROWABLE, "setCause(Ljava/lang/Throwable;)V", &[Ref, Ref], &[]),
        ("java/lang/NumberFormatException", crate::throwable::FOR_INPUT_STRING, &[Ref, I32], &[Ref]),
        ("java/lang/NumberFormatException", crate::throwable::FOR_CHAR_SEQUENCE, &[Ref, I32, I32, I32], &[Ref]),
        (PS, "flush()V", &[Ref], &[]),
        (PS, "setError()V", &[Ref], &[]),
        (PS, "clearError()V", &[Ref], &[]),
        (OBJECT, "finalize()V", &[Ref], &[]),
        (THROWABLE, crate::throwable::GET_OUR_STACK_TRACE, &[Ref], &[Ref]),
        (THROWABLE, crate::throwable::CLINIT, &[], &[]),
    ];
    let mut rows: Vec<(&str, String, FuncType)> =
        methods.iter().map(|(c, k, params, results)| (*c, k.to_string(), sig(params, results))).collect();
    // Those that exist only with the library classes they use.
    rows.extend(crate::print_stream::sink_methods(p)?.into_iter().map(|(k, s)| (PS, k, s)));
    rows.extend(crate::throwable::writer_methods(p).into_iter().map(|(k, s)| (THROWABLE, k, s)));
    rows.extend(crate::throwable_serial::methods(p).into_iter().map(|(k, s)| (THROWABLE, k, s)));
    let mut ids = Vec::new();
    for (class, key, s) in &rows {
        let f = p.reserve_function(format!("{}.{key}", crate::program::dotted(class)), s.clone());
        // Every method is a function (`invokespecial`, `super.m()`); those not constructors
        // are virtual methods too.
        p.classes.get_mut(*class).expect("builtin").functions.insert(key.to_string(), f);
        if !key.starts_with('<')
            && !crate::throwable::is_static(key)
            && !crate::throwable::is_private(key)
            && !crate::throwable_serial::is_hook(key)
            && !crate::print_stream::is_static(key)
        {
            add_method(p, class, key.to_string(), s.clone(), Some(f));
        }
        ids.push(f);
    }
    for ((class, key, s), id) in rows.into_iter().zip(ids) {
        let mut f = B { p, b: FunctionBuilder::new(format!("{}.{key}", crate::program::dotted(class)), s) };
        let this = if key == crate::throwable::CLINIT { Reg(0) } else { f.b.param(0) };
        match (class, key.as_str()) {
            // `finalize()` does nothing (the VM never calls it).
            (OBJECT | "java/lang/Record", "<init>()V") | (OBJECT, "finalize()V") => f.b.ret(&[]),
            (OBJECT, "hashCode()I") => {
                let zero = f.b.i32_const(0);
                f.b.ret(&[zero]);
            }
            (OBJECT, "equals(Ljava/lang/Object;)Z") => {
                let other = f.b.param(1);
                let eq = f.b.ref_eq(this, other);
                f.b.ret(&[eq]);
            }
            (OBJECT, TO_STRING) => {
                let name = f.virt(OBJECT, CLASS_NAME, &[this], Some(Ref))?.expect("result");
                let at = f.str("@");
                let hash = f.virt(OBJECT, "hashCode()I", &[this], Some(I32))?.expect("result");
                let wide = f.b.i64_extend_i32_u(hash);
                let digits = f.b.str_from_i64(wide);
                let s = f.b.str_concat(name, at);
                let s = f.b.str_concat(s, digits);
                f.b.ret(&[s]);
            }
            (THROWABLE, GET_MESSAGE) => {
                let msg = f.field_get(THROWABLE, MESSAGE, this, Ref)?;
                f.b.ret(&[msg]);
            }
            (THROWABLE, "getLocalizedMessage()Ljava/lang/String;") => {
                let msg = f.virt(THROWABLE, GET_MESSAGE, &[this], Some(Ref))?.expect("result");
                f.b.ret(&[msg]);
            }
            (THROWABLE, TO_STRING) => {
                let name = f.virt(OBJECT, CLASS_NAME, &[this], Some(Ref))?.expect("result");
                let msg = f.virt(THROWABLE, "getLocalizedMessage()Ljava/lang/String;", &[this], Some(Ref))?;
                let msg = msg.expect("result");
                let null = f.b.ref_is_null(msg);
                let (_, with) = f.split(null);
                f.b.ret(&[name]);
                f.b.switch_to(with);
                let sep = f.str(": ");
                let s = f.b.str_concat(name, sep);
                let s = f.b.str_concat(s, msg);
                f.b.ret(&[s]);
            }
            (SB, TO_STRING) => {
                let value = f.field_get(SB, "value", this, Ref)?;
                f.b.ret(&[value]);
            }
            (PS, key) => crate::print_stream::method(&mut f, key, this)?,
            (THROWABLE, key) if crate::throwable_serial::is_hook(key) => {
                crate::throwable_serial::method(&mut f, key, this)?
            }
            (THROWABLE, _)
            | (
                "java/lang/ArrayIndexOutOfBoundsException"
                | "java/lang/StringIndexOutOfBoundsException"
                | "java/lang/IndexOutOfBoundsException"
                | "java/lang/NumberFormatException",
                _,
            ) => crate::throwable::method(&mut f, class, &key, this)?,
            _ => unreachable!("listed above"),
        }
        let func = f.b.finish();
        p.set_function(id, func);
    }
    Ok(())
}
