//! What Java serialization needs of reflection (docs/jvm.md, "Serialization").
//!
//! The library's `ObjectOutputStream` / `ObjectInputStream` (`lib/src/java/io`) learn a
//! class's fields, hooks (`writeObject`, `readObject`, `writeReplace`, `readResolve`, ...),
//! `serialVersionUID` and modifiers from `RootReflect.declared` (reflection.rs). When a
//! program uses them, [`remember`] records every serializable class of the program and of the
//! library (all members, private ones too, and whether it has a static initialiser, for the
//! default `serialVersionUID`); the class's own entry then carries an *allocator*
//! ([`allocator`]): an invoker making an object of the class on which only the no-argument
//! constructor of its first non-serializable superclass runs, as deserialization does.
//! A class recorded only for serialization gets invokers for what serialization uses
//! ([`wants_invoker`]), not for every method.

use crate::handles::{Kind, Member};
use crate::program::Program;
use std::collections::HashSet;

/// The library classes whose presence means the program serializes.
const STREAMS: [&str; 2] = ["java/io/ObjectOutputStream", "java/io/ObjectInputStream"];
/// The marker interface.
const SERIALIZABLE: &str = "java/io/Serializable";
/// The interface of classes that write themselves.
const EXTERNALIZABLE: &str = "java/io/Externalizable";
/// The runtime's `Throwable`, serializable as the JDK's (it has no interfaces itself).
const THROWABLE: &str = "java/lang/Throwable";
/// `ACC_PRIVATE`.
const PRIVATE: u16 = 0x0002;
/// The hooks serialization calls, by name and descriptor.
const HOOKS: &[&str] = &[
    "writeObject(Ljava/io/ObjectOutputStream;)V",
    "readObject(Ljava/io/ObjectInputStream;)V",
    "readObjectNoData()V",
    "writeReplace()Ljava/lang/Object;",
    "readResolve()Ljava/lang/Object;",
    "writeExternal(Ljava/io/ObjectOutput;)V",
    "readExternal(Ljava/io/ObjectInput;)V",
];
/// The static fields serialization reads.
const STATICS: &[&str] = &["serialVersionUID", "serialPersistentFields"];

/// What [`remember`] keeps of a serializable class.
pub struct SerialClass {
    /// Whether it was recorded only for serialization (then only the members serialization
    /// uses get invokers).
    pub only_serial: bool,
    /// The first non-serializable superclass, whose no-argument constructor the allocator
    /// runs; none when the class has no allocator (see [`allocator`]).
    pub init_super: Option<String>,
}

/// Records the serializable classes when the program uses the library's object streams (see
/// the module documentation).
pub fn remember(p: &mut Program, inputs: &HashSet<String>) {
    let library_streams = STREAMS.iter().any(|s| p.classes.contains_key(*s) && !inputs.contains(*s));
    if inputs.contains(crate::reflect::CLASS) || !library_streams {
        return;
    }
    let names: Vec<String> = p.classes.keys().filter(|c| serializable(p, c)).cloned().collect();
    for name in names {
        let mut flags = p.files.get(&name).map(|f| f.flags.clone()).unwrap_or_default();
        if name == THROWABLE {
            // The runtime's hooks (throwable_serial.rs), private as the JDK's.
            let hooks = p.classes.get(THROWABLE).map(|c| c.functions.keys().filter(|k| HOOKS.contains(&k.as_str())));
            flags.extend(hooks.into_iter().flatten().map(|k| (k.clone(), PRIVATE)));
            flags.insert(String::new(), 0x0001);
        } else if flags.is_empty() {
            // A runtime class (`Exception`, ...): public, no members of its own.
            flags.insert(String::new(), 0x0001);
        }
        let only_serial = !p.reflected.contains_key(&name);
        let init_super = init_super(p, &name);
        p.serial.insert(name.clone(), SerialClass { only_serial, init_super });
        let recorded = p.reflected.entry(name).or_default();
        for (k, v) in flags {
            recorded.entry(k).or_insert(v);
        }
    }
}

/// Whether `class` is `Serializable` (through a superclass or a superinterface), or a
/// `Throwable`.
pub fn serializable(p: &Program, class: &str) -> bool {
    implements(p, class, SERIALIZABLE) || implements(p, class, THROWABLE)
}

/// Whether `class` is `target` or has it among its supertypes.
fn implements(p: &Program, class: &str, target: &str) -> bool {
    let mut todo = vec![class.to_string()];
    let mut seen = HashSet::new();
    while let Some(c) = todo.pop() {
        if c == target {
            return true;
        }
        if !seen.insert(c.clone()) || seen.len() > 4096 {
            continue;
        }
        if let Some(info) = p.classes.get(&c) {
            todo.extend(info.super_name.iter().cloned());
            todo.extend(info.interfaces.iter().cloned());
        }
    }
    false
}

/// The allocator of `class` when it was recorded with one (see [`SerialClass`]).
pub fn allocator(p: &Program, class: &str) -> Option<Member> {
    let s = p.serial.get(class)?.init_super.clone()?;
    Some(Member { class: class.into(), name: s, desc: "()V".into(), kind: Kind::Allocate })
}

/// The superclass whose constructor the allocator of serializable `class` runs: none for an
/// interface, an abstract class, an enum, or when the first non-serializable superclass has
/// no non-private no-argument constructor (`ObjectInputStream` then throws the JDK's
/// `InvalidClassException: no valid constructor`).
fn init_super(p: &Program, class: &str) -> Option<String> {
    let info = p.classes.get(class)?;
    let file = p.files.get(class);
    if info.is_interface || file.is_some_and(|f| f.is_abstract) || info.super_name.as_deref() == Some("java/lang/Enum")
    {
        return None;
    }
    let mut s = info.super_name.clone()?;
    for _ in 0..256 {
        if !serializable(p, &s) {
            let usable = match p.files.get(&s) {
                _ if s == "java/lang/Object" => true,
                Some(f) => f.flags.get("<init>()V").is_some_and(|bits| bits & PRIVATE == 0),
                None => false,
            };
            return usable.then_some(s);
        }
        s = p.classes.get(&s)?.super_name.clone()?;
    }
    None
}

/// Whether member `name` + `desc` of `class` gets invokers in `RootReflect.declared`: every
/// member of a class recorded for reflection; of a class recorded only for serialization,
/// its instance fields, `serialVersionUID` / `serialPersistentFields`, the hooks, a record's
/// constructors and an `Externalizable`'s no-argument constructor.
pub fn wants_invoker(p: &Program, class: &str, name: &str, desc: &str, is_static: bool) -> bool {
    if !p.serial.get(class).is_some_and(|c| c.only_serial) {
        return true;
    }
    if !desc.starts_with('(') {
        return !is_static || STATICS.contains(&name);
    }
    if name == "<init>" {
        let record = p.classes.get(class).is_some_and(|c| c.super_name.as_deref() == Some("java/lang/Record"));
        return record || (desc == "()V" && implements(p, class, EXTERNALIZABLE));
    }
    HOOKS.iter().any(|h| h.strip_prefix(name).is_some_and(|d| d == desc))
}
