//! Library calls that go to the Java library (`library.rs`) or to host functions: `String`
//! methods beyond the inline ones become static calls of `java.lang.RootString`, `printf` /
//! `format` go to `java.lang.RootFormat`, `stream()` of a collection and `Arrays.stream` to
//! the stream classes (so that lists do not drag the streams into every program),
//! `Comparable.compareTo` on a possible string to
//! `RootString.compareAny`, `Object.equals` / `hashCode` on a possible string to the runtime,
//! and the stubs of `java.lang.RootNative` to host functions and ops.

use crate::classfile::MemberRef;
use crate::lower::Method;
use crate::objects::Invoke;
use rootir::{Callee, FuncType, Opcode, Type};

/// The class holding `String`'s methods as static methods taking the string first.
pub const ROOT_STRING: &str = "java/lang/RootString";
/// The class of `String.format`, `formatted` and `PrintStream.printf` / `format`.
pub const ROOT_FORMAT: &str = "java/lang/RootFormat";
/// The class of `String`'s regular-expression methods ([`REGEX_METHODS`]).
pub const ROOT_REGEX: &str = "java/lang/RootRegex";
/// `String` methods that take a regular expression: static methods of [`ROOT_REGEX`].
const REGEX_METHODS: &[&str] = &["matches", "replaceAll", "replaceFirst", "split"];
/// `Class` methods that are static methods of [`crate::reflection::ROOT_REFLECT`] taking the
/// class first (so that only programs using reflection carry `java.lang.reflect`).
const REFLECT_METHODS: &[&str] = &[
    "getModifiers",
    "getDeclaredMethods",
    "getMethods",
    "getDeclaredMethod",
    "getMethod",
    "getDeclaredFields",
    "getFields",
    "getDeclaredField",
    "getField",
    "getDeclaredConstructors",
    "getConstructors",
    "getDeclaredConstructor",
    "getConstructor",
    "isAnnotation",
    "newInstance",
];
/// The classes whose annotation methods ([`crate::annotations::ASKING`]) are static methods of
/// [`crate::annotations::ROOT_ANNOTATIONS`] taking the receiver (as an `Object`) first, so that
/// only programs asking for annotations carry them.
const ANNOTATED: &[&str] = &[
    "java/lang/Class",
    "java/lang/reflect/Method",
    "java/lang/reflect/Field",
    "java/lang/reflect/Constructor",
    "java/lang/reflect/AnnotatedElement",
    "java/lang/reflect/AccessibleObject",
    "java/lang/reflect/Executable",
];
/// The class of the thread scheduler, which `Object.wait` calls.
pub const THREAD: &str = "java/lang/Thread";
/// `String`'s and `StringBuilder`'s `chars`, `codePoints` and `lines` ([`stream_method`]).
pub const ROOT_STREAMS: &str = "java/lang/RootStreams";
/// The library's internal helpers the translator calls, in a class no input can declare
/// (`java.lang.Root*`; docs/jvm.md, "Reserved names"): `Class.forName`'s not-found case and
/// `Object.wait` / `notify` when the input's own `Thread` replaces the scheduler.
pub const ROOT_LIB: &str = "java/lang/RootLib";
/// The classes with signature-polymorphic methods.
use crate::handles::{METHOD_HANDLE, VAR_HANDLE};
/// The signature-polymorphic methods of [`METHOD_HANDLE`] and [`VAR_HANDLE`] (JDK 17).
const POLYMORPHIC: &[&str] = &[
    "invoke",
    "invokeExact",
    "invokeBasic",
    "linkToVirtual",
    "linkToStatic",
    "linkToSpecial",
    "linkToInterface",
    "linkToNative",
    "get",
    "set",
    "getVolatile",
    "setVolatile",
    "getOpaque",
    "setOpaque",
    "getAcquire",
    "setRelease",
    "compareAndSet",
    "compareAndExchange",
    "compareAndExchangeAcquire",
    "compareAndExchangeRelease",
    "weakCompareAndSetPlain",
    "weakCompareAndSet",
    "weakCompareAndSetAcquire",
    "weakCompareAndSetRelease",
    "getAndSet",
    "getAndSetAcquire",
    "getAndSetRelease",
    "getAndAdd",
    "getAndAddAcquire",
    "getAndAddRelease",
    "getAndBitwiseOr",
    "getAndBitwiseOrAcquire",
    "getAndBitwiseOrRelease",
    "getAndBitwiseAnd",
    "getAndBitwiseAndAcquire",
    "getAndBitwiseAndRelease",
    "getAndBitwiseXor",
    "getAndBitwiseXorAcquire",
    "getAndBitwiseXorRelease",
];
/// `stream()` of a collection.
const STREAM_DESC: &str = "()Ljava/util/stream/Stream;";

/// `String` methods the frontend translates inline (`intrinsics.rs`); the others are in
/// [`ROOT_STRING`].
pub const INLINE_STRING: &[&str] =
    &["length", "charAt", "hashCode", "isEmpty", "equals", "concat", "toString", "valueOf"];

/// `StringBuilder` methods the frontend translates inline (`intrinsics.rs`); the others are
/// in [`ROOT_STRING`], taking the builder first.
pub const INLINE_BUILDER: &[&str] = &["<init>", "append", "toString", "length", "charAt"];

/// The library classes a reference to `r` needs besides `r`'s own class: `System.in` needs
/// `java.io.InputStream`, formatting [`ROOT_FORMAT`], `Object.wait` / `notify` the scheduler
/// (or, when the input replaces it, [`ROOT_LIB`]), `Class.forName` [`ROOT_LIB`], the other
/// redirected calls [`ROOT_STRING`].
pub fn needed_classes(r: &MemberRef) -> &'static [&'static str] {
    match (r.class.as_str(), r.name.as_str()) {
        ("java/lang/System", "in") => &["java/io/InputStream"],
        ("java/lang/String", "format" | "formatted") | ("java/io/PrintStream", "printf" | "format") => &[ROOT_FORMAT],
        // A subclass's inherited `printf` (its class is the subclass).
        (_, "printf" | "format") if r.desc.ends_with(")Ljava/io/PrintStream;") => &[ROOT_FORMAT],
        ("java/lang/String", name) if REGEX_METHODS.contains(&name) => &[ROOT_REGEX],
        ("java/lang/Class", name) if REFLECT_METHODS.contains(&name) => &[crate::reflection::ROOT_REFLECT],
        (class, name) if is_annotation_call(class, name) => &[crate::annotations::ROOT_ANNOTATIONS],
        (_, "wait" | "notify" | "notifyAll") if is_monitor_call(r) => &[THREAD, ROOT_LIB],
        ("java/lang/Class", "forName") => &[ROOT_LIB],
        ("java/io/PrintStream", "<init>") => &[crate::print_stream::ROOT_PRINT_STREAM],
        _ if stream_method(r) => &[ROOT_STREAMS],
        _ if needs_root_string(r) => &[ROOT_STRING],
        _ => &[],
    }
}

/// Whether `r` is a static method of the input's own `String` that [`ROOT_STRING`] does not
/// define (its private helpers, when the input is `java.base`): called as the input wrote it.
pub fn own_string_static(m: &Method<'_>, kind: Invoke, r: &MemberRef) -> bool {
    let key = format!("{}{}", r.name, r.desc);
    r.class == "java/lang/String"
        && kind == Invoke::Static
        && needs_root_string(r)
        && !has(m, ROOT_STRING, &key)
        && has(m, "java/lang/String", &key)
}

/// Whether `r` is `chars()`, `codePoints()` or `lines()` of `String` or `StringBuilder`, or
/// `chars()` / `codePoints()` of `CharSequence`: a call of [`ROOT_STREAMS`] with the receiver
/// first.
pub fn stream_method(r: &MemberRef) -> bool {
    match (r.class.as_str(), r.name.as_str(), r.desc.as_str()) {
        ("java/lang/String" | "java/lang/StringBuilder", "lines", "()Ljava/util/stream/Stream;") => true,
        ("java/lang/String" | "java/lang/StringBuilder" | "java/lang/CharSequence", "chars" | "codePoints", d) => {
            d == "()Ljava/util/stream/IntStream;"
        }
        _ => false,
    }
}

/// `CharSequence`'s and `Appendable`'s methods that [`ROOT_STRING`] answers for any receiver
/// (a VM string and the runtime's `StringBuilder` have no interface methods of their own).
const ANY_RECEIVER: &[(&str, &str)] = &[
    ("java/lang/CharSequence", "length()I"),
    ("java/lang/CharSequence", "charAt(I)C"),
    ("java/lang/CharSequence", "subSequence(II)Ljava/lang/CharSequence;"),
    ("java/lang/CharSequence", "toString()Ljava/lang/String;"),
    ("java/lang/CharSequence", "isEmpty()Z"),
    ("java/lang/Appendable", "append(Ljava/lang/CharSequence;)Ljava/lang/Appendable;"),
    ("java/lang/Appendable", "append(Ljava/lang/CharSequence;II)Ljava/lang/Appendable;"),
    ("java/lang/Appendable", "append(C)Ljava/lang/Appendable;"),
];

/// Whether `r` is one of [`ANY_RECEIVER`].
fn any_receiver(r: &MemberRef) -> bool {
    let key = format!("{}{}", r.name, r.desc);
    ANY_RECEIVER.iter().any(|(c, k)| *c == r.class && *k == key)
}

/// Whether a call of `r` goes to [`ROOT_STRING`] (so the library must include it).
pub fn needs_root_string(r: &MemberRef) -> bool {
    if any_receiver(r) {
        return true;
    }
    match (r.class.as_str(), r.name.as_str()) {
        ("java/lang/String", "valueOf") => r.desc.starts_with("([C"),
        ("java/lang/String", "<init>") => r.desc != "(Ljava/lang/String;)V" && r.desc != "()V",
        ("java/lang/String", name) => !INLINE_STRING.contains(&name),
        // `append` of one value is inline; `append(char[])` and the ranges are not.
        ("java/lang/StringBuilder", "append") => {
            r.desc.starts_with("([C") || r.desc.contains(";I") || r.desc.contains("[CI")
        }
        ("java/lang/StringBuilder", name) => !INLINE_BUILDER.contains(&name),
        ("java/lang/Comparable", "compareTo") => true,
        _ => false,
    }
}

/// `getstatic` of `String.CASE_INSENSITIVE_ORDER` or `System.in`. Returns whether it was handled.
pub fn get_static(m: &mut Method<'_>, r: &MemberRef) -> Result<bool, String> {
    if crate::handles::primitive_class(m, r)? {
        return Ok(true);
    }
    match (r.class.as_str(), r.name.as_str()) {
        ("java/lang/String", "CASE_INSENSITIVE_ORDER") => {
            static_call(m, "caseInsensitiveOrder", "()Ljava/util/Comparator;")?
        }
        ("java/lang/System", "in") if has(m, "java/io/InputStream", "stdin()Ljava/io/InputStream;") => {
            call_in(m, "java/io/InputStream", "stdin", "()Ljava/io/InputStream;")?
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// A call redirected as described above. Returns whether it was handled.
pub fn invoke(m: &mut Method<'_>, kind: Invoke, r: &MemberRef) -> Result<bool, String> {
    match (r.class.as_str(), r.name.as_str()) {
        ("java/lang/RootNative", _) => native(m, r)?,
        ("java/io/RootIo", name) => root_io(m, name)?,
        // `super.hashCode()` and the like: the built-in method, called directly.
        ("java/lang/Object", "equals" | "hashCode" | "toString") if kind == Invoke::Special => {
            let key = format!("{}{}", r.name, r.desc);
            let (_, _, f) = m.p.method("java/lang/Object", &key)?;
            let f = f.ok_or_else(|| format!("Object.{key} has no body"))?;
            let sig = crate::descriptor::parse_method(&r.desc)?.sig(true);
            m.e.call((Callee::Func(f), sig))?
        }
        ("java/lang/Class", "forName") if r.desc == "(Ljava/lang/String;)Ljava/lang/Class;" => {
            let f = crate::reflect::for_name(m.p)?;
            m.e.call(f)?
        }
        // `getClass()` is final in `Object`: whatever the receiver's class, its `$class()`.
        (_, "getClass") if r.desc == "()Ljava/lang/Class;" && kind != Invoke::Static => {
            let f = crate::reflect::get_class(m.p)?;
            m.e.call(f)?
        }
        // `Object.finalize()` (`super.finalize()`): nothing to do; a class's own is called.
        (class, "finalize")
            if r.desc == "()V" && kind != Invoke::Static && m.p.method(class, "finalize()V").is_err() =>
        {
            m.e.shuffle(vstarr::stack::Shuffle::Pop)?
        }
        // `Object.clone()` of an object: the receiver's `$clone()` (clone.rs).
        (class, "clone")
            if r.desc == "()Ljava/lang/Object;"
                && kind != Invoke::Static
                && !class.starts_with('[')
                && (class == "java/lang/Object" || m.p.method(class, "clone()Ljava/lang/Object;").is_err()) =>
        {
            let (decl, index, _) = m.p.method("java/lang/Object", crate::clone::CLONE)?;
            let mref = rootir::MethodRef { class: m.p.class(&decl)?.id, method: index };
            m.native(crate::program::NativeOp::Virtual(mref, FuncType::new([Type::Ref], [Type::Ref])))?
        }
        ("java/lang/Object", "equals") if kind != Invoke::Special => m.call_runtime("$obj_equals")?,
        ("java/lang/Object", "hashCode") if kind != Invoke::Special => m.call_runtime("$obj_hash")?,
        // `cs.length()`, `appendable.append(x)`: `RootString.length(cs)` & co, which answer a
        // string and a `StringBuilder` themselves (RootString's own calls are the interface's).
        (class, name) if any_receiver(r) && kind != Invoke::Static && m.class.name != ROOT_STRING => {
            m.check_receiver(&r.desc)?;
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            static_call(m, name, &format!("(L{class};{rest}"))?
        }
        ("java/lang/Comparable", "compareTo") if m.class.name != ROOT_STRING => {
            static_call(m, "compareAny", "(Ljava/lang/Object;Ljava/lang/Object;)I")?
        }
        (class, "printf" | "format")
            if r.desc.ends_with(")Ljava/io/PrintStream;")
                && kind != Invoke::Static
                && m.p.chain(class).iter().any(|c| c == "java/io/PrintStream") =>
        {
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            call_in(m, ROOT_FORMAT, "printf", &format!("(Ljava/io/PrintStream;{rest}"))?
        }
        ("java/lang/String", "format" | "formatted") => {
            let desc = match kind {
                Invoke::Static => r.desc.clone(),
                _ => format!("(Ljava/lang/String;{}", r.desc.strip_prefix('(').ok_or("bad descriptor")?),
            };
            call_in(m, ROOT_FORMAT, &r.name, &desc)?
        }
        // `Collection.stream()`: a stream over the collection's iterator.
        (class, "stream")
            if class.starts_with("java/util/")
                && class != "java/util/Optional"
                && r.desc == STREAM_DESC
                && has(m, "java/util/stream/Stream", "ofIterator(Ljava/util/Iterator;)Ljava/util/stream/Stream;") =>
        {
            let iterator = MemberRef {
                class: "java/lang/Iterable".into(),
                name: "iterator".into(),
                desc: "()Ljava/util/Iterator;".into(),
            };
            m.invoke(Invoke::Interface, &iterator)?;
            call_in(m, "java/util/stream/Stream", "ofIterator", "(Ljava/util/Iterator;)Ljava/util/stream/Stream;")?
        }
        // `Arrays.stream(array)`: `IntStream.of`, `DoubleStream.of` or `Stream.of`.
        ("java/util/Arrays", "stream") if r.desc.matches(';').count() <= 2 && !r.desc.contains("II)") => {
            let ret = r.desc.rsplit_once(")L").map(|(_, c)| c.trim_end_matches(';')).ok_or("bad descriptor")?;
            call_in(m, ret, "of", &r.desc)?
        }
        ("java/lang/Class", name)
            if REFLECT_METHODS.contains(&name)
                && has_class(m, crate::reflection::ROOT_REFLECT)
                && crate::reflect::library_class(m.p) =>
        {
            m.check_receiver(&r.desc)?;
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            call_in(m, crate::reflection::ROOT_REFLECT, name, &format!("(Ljava/lang/Class;{rest}"))?
        }
        (class, name)
            if is_annotation_call(class, name)
                && has_class(m, crate::annotations::ROOT_ANNOTATIONS)
                && crate::reflect::library_class(m.p) =>
        {
            m.check_receiver(&r.desc)?;
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            call_in(m, crate::annotations::ROOT_ANNOTATIONS, name, &format!("(Ljava/lang/Object;{rest}"))?
        }
        ("java/lang/String", name) if REGEX_METHODS.contains(&name) => {
            m.check_receiver(&r.desc)?;
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            call_in(m, ROOT_REGEX, name, &format!("(Ljava/lang/String;{rest}"))?
        }
        // `Object.wait` / `notify` / `notifyAll` (final: on any class): the scheduler's.
        // The scheduler's check that the running thread owns the monitor
        // (IllegalMonitorStateException).
        (_, "notify") if is_monitor_call(r) => monitor_call(m, "ownerNotify", "notifyOn", "(Ljava/lang/Object;)V")?,
        (_, "notifyAll") if is_monitor_call(r) => {
            monitor_call(m, "ownerNotifyAll", "notifyAllOn", "(Ljava/lang/Object;)V")?
        }
        (_, "wait") if is_monitor_call(r) => {
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            monitor_call(m, "ownerWait", "waitOn", &format!("(Ljava/lang/Object;{rest}"))?
        }
        (VAR_HANDLE | METHOD_HANDLE, _) if polymorphic(m, r) => {
            if crate::handles::site(m, r)?.is_none() {
                unsupported_handle(m, kind, r)?
            }
        }
        (crate::reflection::ROOT_REFLECT, "declared") => {
            let f = crate::reflection::declared(m.p, m.class)?;
            m.e.call(f)?
        }
        (crate::annotations::ROOT_ANNOTATIONS, "table") => {
            let f = crate::annotations::table(m.p)?;
            m.e.call(f)?
        }
        (crate::handles::ROOT_HANDLES, "find") => {
            let f = crate::handles::find(m.p, m.class)?;
            m.e.call(f)?
        }
        ("java/lang/String", "<init>") => new_string(m, r)?,
        (class, "clone") if class.starts_with('[') && r.desc == "()Ljava/lang/Object;" => clone_array(m, class)?,
        (class, name) if stream_method(r) && kind != Invoke::Static => {
            m.check_receiver(&r.desc)?;
            let ret = r.desc.strip_prefix("()").ok_or("bad descriptor")?;
            call_in(m, ROOT_STREAMS, name, &format!("(L{class};){ret}"))?
        }
        // A static method of the input's own `String` that `RootString` does not define (its
        // private helpers, when the input is `java.base`): the input's, as written.
        ("java/lang/String", _) if own_string_static(m, kind, r) => return Ok(false),
        ("java/lang/StringBuilder", _) if needs_root_string(r) => {
            m.check_receiver(&r.desc)?;
            let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
            static_call(m, &r.name, &format!("(Ljava/lang/StringBuilder;{}", builder_result(rest)))?
        }
        ("java/lang/String", _) if needs_root_string(r) => {
            if kind == Invoke::Static {
                static_call(m, &r.name, &r.desc)?
            } else {
                m.check_receiver(&r.desc)?;
                let rest = r.desc.strip_prefix('(').ok_or("bad descriptor")?;
                static_call(m, &r.name, &format!("(Ljava/lang/String;{rest}"))?
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The descriptor `desc` of a `StringBuilder` method with the result type of its bridge
/// methods (`AbstractStringBuilder`, `Appendable`) made `StringBuilder`: the method the
/// bridge calls, which [`ROOT_STRING`] defines.
pub fn builder_result(desc: &str) -> String {
    match desc.rsplit_once(')') {
        Some((params, "Ljava/lang/AbstractStringBuilder;" | "Ljava/lang/Appendable;")) => {
            format!("{params})Ljava/lang/StringBuilder;")
        }
        _ => desc.to_string(),
    }
}

/// `monitorenter` / `monitorexit` (a `synchronized` block): `Thread.monitorEnter` / `monitorExit`
/// of the object when the program has threads (the library's `Thread` is in it), else nothing.
pub fn monitor(m: &mut Method<'_>, enter: bool) -> Result<(), String> {
    let name = if enter { "monitorEnter" } else { "monitorExit" };
    if has(m, THREAD, &format!("{name}(Ljava/lang/Object;)V")) {
        thread_call(m, name, "(Ljava/lang/Object;)V")
    } else {
        m.e.shuffle(vstarr::stack::Shuffle::Pop)
    }
}

/// `RootNative.threadPreempt(slice)`: `std.thread_preempt(slice, hook, first, end)` with
/// `Thread.preempted()` as the hook and the program's own methods as the preemptible ones
/// (`Program::preemptible`): the library's code, which updates the scheduler's and the
/// concurrent collections' state, runs without preemption.
fn preempt(m: &mut Method<'_>) -> Result<(), String> {
    use vstarr::operation::{Attr, Operation};
    let (_, hook) = m.p.function(THREAD, "preempted()V")?;
    m.e.inst(Operation::with(Opcode::FuncAddr, Attr::Func(hook)), &FuncType::new([], [Type::I32]))?;
    let range = m.p.preemptible.clone();
    m.e.i32(range.start as i32);
    m.e.i32(range.end as i32);
    let f = m.p.host("thread_preempt", FuncType::new([Type::I32; 4], []));
    m.e.call(f)
}

/// Whether monitors are modelled: the program has threads (the library's `Thread` is in it).
pub fn monitors_modelled(p: &crate::program::Program) -> bool {
    p.function(THREAD, "monitorEnter(Ljava/lang/Object;)V").is_ok()
}

/// After `std.clock_ns` (`System.nanoTime`): adds the green threads' virtual time
/// (`Thread.rootNow()` milliseconds, advanced by `sleep`) when the program has threads, so that
/// a measured sleep lasts as long as it asks.
pub fn add_virtual_time(m: &mut Method<'_>) -> Result<(), String> {
    if has(m, THREAD, "rootNow()J") {
        thread_call(m, "rootNow", "()J")?;
        m.e.imm(vstarr::stack::Imm::i64(1_000_000));
        m.e.op(Opcode::I64Mul)?;
        m.e.op(Opcode::I64Add)?;
    }
    Ok(())
}

/// A call of the scheduler's static method `name` `desc` in [`THREAD`], after its class
/// initialiser (these calls are not `invokestatic`s of the class, which would run it).
fn thread_call(m: &mut Method<'_>, name: &str, desc: &str) -> Result<(), String> {
    m.init_guard(THREAD)?;
    call_in(m, THREAD, name, desc)
}

/// `Object.wait` / `notify` / `notifyAll` as a static call with descriptor `desc`: the
/// scheduler's `scheduler` when the program has the library's `Thread`, else (the input's own
/// `Thread` replaces it: one thread, as for `monitorenter` in [`monitor`]) [`ROOT_LIB`]'s `lib`.
fn monitor_call(m: &mut Method<'_>, scheduler: &str, lib: &str, desc: &str) -> Result<(), String> {
    if has(m, THREAD, &format!("{scheduler}{desc}")) {
        thread_call(m, scheduler, desc)
    } else {
        call_in(m, ROOT_LIB, lib, desc)
    }
}

/// Whether `r` is one of `Object`'s final monitor methods (`wait`, `notify`, `notifyAll`).
fn is_monitor_call(r: &MemberRef) -> bool {
    matches!((r.name.as_str(), r.desc.as_str()), ("wait", "()V" | "(J)V" | "(JI)V") | ("notify" | "notifyAll", "()V"))
}

/// `array.clone()`: a new array of the same type and length, filled by `array.copy`.
fn clone_array(m: &mut Method<'_>, class: &str) -> Result<(), String> {
    use crate::descriptor::JType;
    let JType::Array(elem) = crate::descriptor::parse_field(class)? else {
        return Err(format!("clone of {class}"));
    };
    let new = elem.array_new_op();
    let (src, dst) = (m.e.scratch(40, Type::Ref), m.e.scratch(41, Type::Ref));
    m.e.store(src)?;
    m.e.load(src);
    m.e.op(Opcode::ArrayLen)?;
    m.e.op(new)?;
    m.e.store(dst)?;
    m.e.load(src);
    m.e.i32(0);
    m.e.load(dst);
    m.e.i32(0);
    m.e.load(src);
    m.e.op(Opcode::ArrayLen)?;
    m.e.op(Opcode::ArrayCopy)?;
    m.e.load(dst);
    Ok(())
}

/// `new String(args)`: `new` pushed a placeholder, `dup` copied it; the string is made from
/// the arguments and replaces both copies (javac's `new; dup; args; invokespecial` pattern).
fn new_string(m: &mut Method<'_>, r: &MemberRef) -> Result<(), String> {
    use vstarr::stack::Shuffle;
    match r.desc.as_str() {
        "()V" => {
            let c = m.p.string("");
            m.native(crate::program::NativeOp::StrConst(c))?;
        }
        "(Ljava/lang/String;)V" => {}
        "([C)V" | "([CII)V" => static_call(m, "valueOf", &r.desc.replace(")V", ")Ljava/lang/String;"))?,
        "(Ljava/lang/StringBuilder;)V" | "(Ljava/lang/StringBuffer;)V" => m.call_runtime("$obj_str")?,
        // From bytes or code points: `RootString.newString(args)`.
        other if has(m, ROOT_STRING, &format!("newString{}", other.replace(")V", ")Ljava/lang/String;"))) => {
            static_call(m, "newString", &other.replace(")V", ")Ljava/lang/String;"))?
        }
        other => return Err(format!("new String{other} is not supported yet")),
    }
    for s in [Shuffle::Swap, Shuffle::Pop, Shuffle::Swap, Shuffle::Pop] {
        m.e.shuffle(s)?;
    }
    Ok(())
}

/// Whether `r` is a signature-polymorphic call: a [`POLYMORPHIC`] name whose call-site
/// descriptor the class does not declare (the declared one takes `Object...`).
fn polymorphic(m: &Method<'_>, r: &MemberRef) -> bool {
    let key = format!("{}{}", r.name, r.desc);
    POLYMORPHIC.contains(&r.name.as_str())
        && m.p.method(&r.class, &key).is_err()
        && m.p.function(&r.class, &key).is_err()
}

/// A signature-polymorphic call of a `VarHandle` or `MethodHandle`: a call of a function of
/// the call site's signature that throws `UnsupportedOperationException` (the handles are not
/// modelled; the calling method is translated and runs until it reaches the call).
fn unsupported_handle(m: &mut Method<'_>, kind: Invoke, r: &MemberRef) -> Result<(), String> {
    let name = format!("{}.{}{}", crate::program::dotted(&r.class), r.name, r.desc);
    let key = format!("$polymorphic:{name}");
    let sig = crate::descriptor::parse_method(&r.desc)?.sig(kind != Invoke::Static);
    let f = match m.p.runtime.get(&key) {
        Some((f, _)) => *f,
        None => {
            let message = format!("rootvm does not model signature-polymorphic {name}");
            let body = crate::sweep::throwing(m.p, format!("{name}$polymorphic"), sig.clone(), &message)?;
            let f = m.p.add_function(body);
            m.p.runtime.insert(key, (f, sig.clone()));
            f
        }
    };
    m.e.call((Callee::Func(f), sig))
}

/// Whether library class `class` has static method `key` (the redirections above need the
/// Java library's classes; a program that brings its own, like `java.base`, is called as is).
/// Whether `new String` with constructor descriptor `desc` is the runtime's ([`new_string`]):
/// then the input's own `java.lang.String` constructor of that descriptor is never called.
pub fn runtime_string_ctor(p: &crate::program::Program, desc: &str) -> bool {
    matches!(
        desc,
        "()V"
            | "(Ljava/lang/String;)V"
            | "([C)V"
            | "([CII)V"
            | "(Ljava/lang/StringBuilder;)V"
            | "(Ljava/lang/StringBuffer;)V"
    ) || p.function(ROOT_STRING, &format!("newString{}", desc.replace(")V", ")Ljava/lang/String;"))).is_ok()
}

/// Whether `class.name` is an annotation method of a class whose annotation methods are
/// [`crate::annotations::ROOT_ANNOTATIONS`]'s ([`ANNOTATED`]).
fn is_annotation_call(class: &str, name: &str) -> bool {
    ANNOTATED.contains(&class) && crate::annotations::ASKING.contains(&name)
}

fn has_class(m: &Method<'_>, class: &str) -> bool {
    m.p.classes.contains_key(class)
}

fn has(m: &Method<'_>, class: &str, key: &str) -> bool {
    m.p.function(class, key).is_ok()
}

fn static_call(m: &mut Method<'_>, name: &str, desc: &str) -> Result<(), String> {
    call_in(m, ROOT_STRING, name, desc)
}

/// A call of the static method `name` `desc` of library class `class`.
fn call_in(m: &mut Method<'_>, class: &str, name: &str, desc: &str) -> Result<(), String> {
    let key = format!("{name}{desc}");
    let (_, f) = m
        .p
        .function(class, &key)
        .map_err(|_| format!("{}.{name}{desc} is not supported by the runtime yet", crate::program::dotted(class)))?;
    let sig = crate::descriptor::parse_method(desc)?.sig(false);
    m.e.call((Callee::Func(f), sig))
}

/// `RootIo.name(...)`: a host function of standard input or of files (vm/src/stdwrite.rs,
/// stdpaths.rs, stdhandles.rs).
fn root_io(m: &mut Method<'_>, name: &str) -> Result<(), String> {
    use Type::*;
    let (host, params, results): (&str, &[Type], &[Type]) = match name {
        "readLine" => ("java_read_line", &[], &[Ref]),
        "fileCreate" => ("file_create", &[Ref, I32], &[I32]),
        "filePutByte" => ("file_put_byte", &[I32, I32], &[I32]),
        "filePutBytes" => ("file_put_bytes", &[I32, Ref, I32, I32], &[I32]),
        "asciiBytes" => ("java_ascii_bytes", &[Ref, I32, I32, Ref, I32], &[I32]),
        "fileFlush" => ("file_flush", &[I32], &[I32]),
        "fileClose" => ("file_wclose", &[I32], &[I32]),
        "fileExists" => ("file_exists", &[Ref], &[I32]),
        "fileOpen" => ("file_ropen", &[Ref], &[I32]),
        "fileReadByte" => ("file_rbyte", &[I32], &[I32]),
        "fileReadClose" => ("file_rclose", &[I32], &[]),
        // vm/src/stdpaths.rs and stdhandles.rs.
        "size" => ("fs_size", &[Ref], &[I64]),
        "mkdir" => ("fs_mkdir", &[Ref], &[I32]),
        "createFile" => ("fs_create", &[Ref], &[I32]),
        "delete" => ("fs_delete", &[Ref], &[I32]),
        "move" => ("fs_move", &[Ref, Ref, I32], &[I32]),
        "copy" => ("fs_copy", &[Ref, Ref, I32], &[I32]),
        "list" => ("fs_list", &[Ref], &[Ref]),
        "cwd" => ("fs_cwd", &[], &[Ref]),
        "open" => ("fs_open", &[Ref, I32], &[I32]),
        "read" => ("fs_read", &[I32, Ref, I32, I32], &[I32]),
        "write" => ("fs_write", &[I32, Ref, I32, I32], &[I32]),
        "seek" => ("fs_seek", &[I32, I64], &[I32]),
        "tell" => ("fs_tell", &[I32], &[I64]),
        "length" => ("fs_length", &[I32], &[I64]),
        "setLength" => ("fs_set_length", &[I32, I64], &[I32]),
        "close" => ("fs_close", &[I32], &[I32]),
        other => return Err(format!("internal: no RootIo.{other}")),
    };
    let f = m.p.host(host, FuncType::new(params.to_vec(), results.to_vec()));
    m.e.call(f)
}

/// `RootNative.name(...)`: a host function or an op.
fn native(m: &mut Method<'_>, r: &MemberRef) -> Result<(), String> {
    use Type::*;
    let host = |m: &mut Method<'_>, name: &str, params: &[Type], result: Type| {
        let f = m.p.host(name, FuncType::new(params.to_vec(), [result]));
        m.e.call(f)
    };
    match r.name.as_str() {
        "substring" => host(m, "java_substring", &[Ref, I32, I32], Ref),
        "ofChars" => host(m, "java_str_of_chars", &[Ref, I32, I32], Ref),
        "formatDouble" => host(m, "java_format_f64", &[F64, I32, I32], Ref),
        "doubleToString" => host(m, "java_f64_str", &[F64], Ref),
        "floatToString" => host(m, "java_f32_str", &[F32], Ref),
        "parseDouble" => host(m, "java_parse_f64", &[Ref], F64),
        "className" => {
            let (decl, index, _) = m.p.method("java/lang/Object", crate::classes::CLASS_NAME)?;
            let mref = rootir::MethodRef { class: m.p.class(&decl)?.id, method: index };
            m.native(crate::program::NativeOp::Virtual(mref, FuncType::new([Ref], [Ref])))
        }
        "doubleBits" => m.e.op(Opcode::I64ReinterpretF64),
        "bitsDouble" => m.e.op(Opcode::F64ReinterpretI64),
        "floatBits" => m.e.op(Opcode::I32ReinterpretF32),
        "bitsFloat" => m.e.op(Opcode::F32ReinterpretI32),
        "setBuilder" => {
            let (field, _) = m.p.field("java/lang/StringBuilder", "value")?;
            m.native(crate::program::NativeOp::FieldSet(field, Type::Ref))
        }
        "rint" => m.e.op(Opcode::F64Nearest),
        // Green threads (vm/src/exec/threads.rs), used by java/lang/Thread.java.
        "threadFork" => host(m, "thread_fork", &[], I32),
        "threadSwitch" | "threadEnd" => {
            let name = if r.name == "threadSwitch" { "thread_switch" } else { "thread_end" };
            let f = m.p.host(name, FuncType::new([I32], []));
            m.e.call(f)
        }
        // Array class tags (arrays.rs), used by java/lang/Class.java.
        "arrayClass" => host(m, "java_array_class", &[Ref], Ref),
        "arraySetClass" => m.e.call(m.p.host("java_array_set_class", FuncType::new([Ref, Ref], []))),
        "enumValues" => {
            let f = crate::reflect::enum_values(m.p)?;
            m.e.call(f)
        }
        "threadPreempt" => preempt(m),
        name if r.desc == "(D)D" => host(m, &format!("f64_{name}"), &[F64], F64),
        name if r.desc == "(DD)D" => host(m, &format!("f64_{name}"), &[F64, F64], F64),
        other => Err(format!("internal: no native {other}")),
    }
}
