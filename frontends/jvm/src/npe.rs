//! Helpful NullPointerException messages (JEP 358), computed at translation time.
//!
//! HotSpot words the message of a NullPointerException the JVM raises from the bytecode: the
//! failed action (`Cannot invoke "String.length()"`, `Cannot read field "x"`, `Cannot load from
//! int array`, ...) and, when it can tell, where the null came from (`because "<local1>" is
//! null`, `because "p.next" is null`, `because the return value of "Foo.bar()" is null`). It
//! finds the source by simulating the operand stack: each slot remembers the instruction that
//! pushed it, and two paths that push a slot from different instructions leave it unknown.
//!
//! [`messages`] runs the same simulation over one method and returns the message of every
//! instruction that may raise such an exception. The frontend writes them into the trace table
//! (trace.rs), and `std.java_npe_message` (vm/src/javatrace.rs) picks the one of the trapping
//! instruction when a null-reference trap becomes a NullPointerException: no code runs on the
//! non-null path.

use crate::classfile::{ClassFile, Code, MethodDef};
use crate::descriptor::{self, JType};
use classfile_parser::code_attribute::Instruction as I;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How deep a cause expression is described (HotSpot's `_max_cause_detail`).
const MAX_DETAIL: u32 = 5;

/// A simulated operand stack slot: the offset of the instruction that pushed it (`None` when
/// paths disagree or it is unknown) and whether it is a `long`/`double`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slot {
    src: Option<usize>,
    wide: bool,
}

/// The simulation of one method.
struct Sim<'a> {
    class: &'a ClassFile,
    def: &'a MethodDef,
    code: &'a Code,
    /// The operand stack before each reachable instruction (top last).
    states: HashMap<usize, Vec<Slot>>,
    /// Instruction index of each offset.
    index: HashMap<usize, usize>,
    /// Local slots some instruction writes (a slot never written holds its parameter).
    written: HashSet<u32>,
}

/// The messages of the instructions of `def` that may throw a NullPointerException, by
/// bytecode offset. Empty when the simulation cannot follow the method.
pub fn messages(class: &ClassFile, def: &MethodDef) -> BTreeMap<usize, String> {
    let Some(code) = &def.code else { return BTreeMap::new() };
    let mut sim = Sim {
        class,
        def,
        code,
        states: HashMap::new(),
        index: code.insts.iter().enumerate().map(|(i, (pc, _))| (*pc, i)).collect(),
        written: HashSet::new(),
    };
    for (_, inst) in &code.insts {
        match inst {
            I::Iinc { index, .. } => _ = sim.written.insert(*index as u32),
            I::IincWide { index, .. } => _ = sim.written.insert(*index as u32),
            other => {
                if let Some((slot, _, true)) = crate::insts::local_access(other) {
                    sim.written.insert(slot);
                }
            }
        }
    }
    if sim.run().is_none() {
        return BTreeMap::new();
    }
    let mut out = BTreeMap::new();
    for (pc, inst) in &code.insts {
        if let Some(m) = sim.message(*pc, inst) {
            out.insert(*pc, m);
        }
    }
    out
}

/// A class name as HotSpot prints it in these messages: dotted, `Object` and `String` short.
fn klass(name: &str) -> String {
    match name {
        "java/lang/Object" => "Object".into(),
        "java/lang/String" => "String".into(),
        other => other.replace('/', "."),
    }
}

/// A parameter type as HotSpot prints it (`int`, `String[]`, `java.util.List`).
fn type_name(t: &JType) -> String {
    match t {
        JType::Boolean => "boolean".into(),
        JType::Byte => "byte".into(),
        JType::Char => "char".into(),
        JType::Short => "short".into(),
        JType::Int => "int".into(),
        JType::Long => "long".into(),
        JType::Float => "float".into(),
        JType::Double => "double".into(),
        JType::Object(n) => klass(n),
        JType::Array(e) => format!("{}[]", type_name(e)),
    }
}

/// `Class.method(params)` as HotSpot prints a method.
fn method_name(class: &str, name: &str, desc: &str) -> Option<String> {
    let d = descriptor::parse_method(desc).ok()?;
    let params: Vec<String> = d.params.iter().map(type_name).collect();
    Some(format!("{}.{name}({})", klass(class), params.join(", ")))
}

/// Whether a descriptor's type takes two slots.
fn wide(t: &JType) -> bool {
    matches!(t, JType::Long | JType::Double)
}

impl Sim<'_> {
    /// Runs the simulation to its fixed point; `None` if the code is not what javac emits.
    fn run(&mut self) -> Option<()> {
        let mut work: Vec<(usize, Vec<Slot>)> = vec![(0, Vec::new())];
        for h in &self.code.handlers {
            work.push((h.handler_pc as usize, vec![Slot { src: None, wide: false }]));
        }
        let mut steps = 0usize;
        while let Some((pc, stack)) = work.pop() {
            steps += 1;
            if steps > 64 * self.code.insts.len() + 64 {
                return None;
            }
            let merged = match self.states.get(&pc) {
                Some(old) if old.len() != stack.len() => return None,
                Some(old) => {
                    let m: Vec<Slot> = old
                        .iter()
                        .zip(&stack)
                        .map(|(a, b)| Slot { src: if a.src == b.src { a.src } else { None }, wide: a.wide })
                        .collect();
                    if &m == old {
                        continue;
                    }
                    m
                }
                None => stack,
            };
            self.states.insert(pc, merged.clone());
            let at = *self.index.get(&pc)?;
            let (_, inst) = &self.code.insts[at];
            let mut s = merged;
            let (targets, falls) = self.step(pc, inst, &mut s)?;
            for t in targets {
                work.push((t, s.clone()));
            }
            if falls {
                let (next, _) = self.code.insts.get(at + 1)?;
                work.push((*next, s));
            }
        }
        Some(())
    }

    /// The effect of one instruction on the stack; its branch targets and whether it falls through.
    fn step(&self, pc: usize, inst: &I, s: &mut Vec<Slot>) -> Option<(Vec<usize>, bool)> {
        let push = |s: &mut Vec<Slot>, wide: bool| s.push(Slot { src: Some(pc), wide });
        let pop = |s: &mut Vec<Slot>, n: usize| -> Option<()> {
            let len = s.len().checked_sub(n)?;
            s.truncate(len);
            Some(())
        };
        let to = |off: i64| usize::try_from(pc as i64 + off).ok();
        let pool = &self.class.pool;
        if let Some((_, ty, store)) = crate::insts::local_access(inst) {
            if store {
                pop(s, 1)?;
            } else {
                push(s, matches!(ty, rootir::Type::I64 | rootir::Type::F64));
            }
            return Some((Vec::new(), true));
        }
        match inst {
            I::Nop | I::Iinc { .. } | I::IincWide { .. } | I::Checkcast(_) => {}
            I::Aconstnull | I::Iconstm1 | I::Iconst0 | I::Iconst1 | I::Iconst2 | I::Iconst3 | I::Iconst4 => {
                push(s, false)
            }
            I::Iconst5 | I::Fconst0 | I::Fconst1 | I::Fconst2 | I::Bipush(_) | I::Sipush(_) => push(s, false),
            I::Ldc(_) | I::LdcW(_) | I::New(_) | I::Getstatic(_) if !self.wide_member(inst) => push(s, false),
            I::Lconst0 | I::Lconst1 | I::Dconst0 | I::Dconst1 | I::Ldc2W(_) | I::Getstatic(_) => push(s, true),
            I::Iaload | I::Faload | I::Aaload | I::Baload | I::Caload | I::Saload => {
                pop(s, 2)?;
                push(s, false)
            }
            I::Laload | I::Daload => {
                pop(s, 2)?;
                push(s, true)
            }
            I::Iastore | I::Lastore | I::Fastore | I::Dastore | I::Aastore | I::Bastore | I::Castore | I::Sastore => {
                pop(s, 3)?
            }
            I::Pop => pop(s, 1)?,
            I::Pop2 => {
                let n = if s.last()?.wide { 1 } else { 2 };
                pop(s, n)?
            }
            I::Dup => s.push(*s.last()?),
            I::Dupx1 => {
                let a = s.pop()?;
                let b = s.pop()?;
                s.extend([a, b, a]);
            }
            I::Dupx2 | I::Dup2 | I::Dup2x1 | I::Dup2x2 => self.dup_wide(inst, s)?,
            I::Swap => {
                let a = s.pop()?;
                let b = s.pop()?;
                s.extend([a, b]);
            }
            I::Iadd | I::Isub | I::Imul | I::Idiv | I::Irem | I::Iand | I::Ior | I::Ixor | I::Ishl | I::Ishr => {
                pop(s, 2)?;
                push(s, false)
            }
            I::Iushr | I::Fadd | I::Fsub | I::Fmul | I::Fdiv | I::Frem | I::Lcmp => {
                pop(s, 2)?;
                push(s, false)
            }
            I::Fcmpl | I::Fcmpg | I::Dcmpl | I::Dcmpg => {
                pop(s, 2)?;
                push(s, false)
            }
            I::Ladd | I::Lsub | I::Lmul | I::Ldiv | I::Lrem | I::Land | I::Lor | I::Lxor | I::Lshl | I::Lshr => {
                pop(s, 2)?;
                push(s, true)
            }
            I::Lushr | I::Dadd | I::Dsub | I::Dmul | I::Ddiv | I::Drem => {
                pop(s, 2)?;
                push(s, true)
            }
            I::Ineg | I::Fneg | I::I2f | I::I2b | I::I2c | I::I2s | I::L2i | I::L2f | I::F2i | I::D2i | I::D2f => {
                pop(s, 1)?;
                push(s, false)
            }
            I::Lneg | I::Dneg | I::I2l | I::I2d | I::L2d | I::F2l | I::F2d | I::D2l => {
                pop(s, 1)?;
                push(s, true)
            }
            I::Arraylength | I::Newarray(_) | I::Anewarray(_) | I::Instanceof(_) => {
                pop(s, 1)?;
                push(s, false)
            }
            I::Getfield(n) => {
                let t = descriptor::parse_field(&pool.member(*n).ok()?.desc).ok()?;
                pop(s, 1)?;
                push(s, wide(&t))
            }
            I::Putstatic(_) | I::Monitorenter | I::Monitorexit => pop(s, 1)?,
            I::Putfield(_) => pop(s, 2)?,
            I::Multianewarray { dimensions, .. } => {
                pop(s, *dimensions as usize)?;
                push(s, false)
            }
            I::Invokestatic(n) | I::Invokevirtual(n) | I::Invokespecial(n) | I::Invokeinterface { index: n, .. } => {
                let m = pool.member(*n).ok()?;
                let d = descriptor::parse_method(&m.desc).ok()?;
                pop(s, d.params.len() + usize::from(!matches!(inst, I::Invokestatic(_))))?;
                if let Some(t) = &d.ret {
                    push(s, wide(t));
                }
            }
            I::Invokedynamic(n) => {
                let classfile_parser::constant_info::ConstantInfo::InvokeDynamic(d) = pool.get(*n).ok()? else {
                    return None;
                };
                let (_, desc) = pool.name_and_type(d.name_and_type_index).ok()?;
                let d = descriptor::parse_method(&desc).ok()?;
                pop(s, d.params.len())?;
                if let Some(t) = &d.ret {
                    push(s, wide(t));
                }
            }
            I::Ifeq(o) | I::Ifne(o) | I::Iflt(o) | I::Ifge(o) | I::Ifgt(o) | I::Ifle(o) => {
                pop(s, 1)?;
                return Some((vec![to(*o as i64)?], true));
            }
            I::Ifnull(o) | I::Ifnonnull(o) => {
                pop(s, 1)?;
                return Some((vec![to(*o as i64)?], true));
            }
            I::IfIcmpeq(o) | I::IfIcmpne(o) | I::IfIcmplt(o) | I::IfIcmpge(o) | I::IfIcmpgt(o) | I::IfIcmple(o) => {
                pop(s, 2)?;
                return Some((vec![to(*o as i64)?], true));
            }
            I::IfAcmpeq(o) | I::IfAcmpne(o) => {
                pop(s, 2)?;
                return Some((vec![to(*o as i64)?], true));
            }
            I::Goto(o) => return Some((vec![to(*o as i64)?], false)),
            I::GotoW(o) => return Some((vec![to(*o as i64)?], false)),
            I::Tableswitch { default, offsets, .. } => {
                pop(s, 1)?;
                let mut t: Vec<usize> = offsets.iter().map(|o| to(*o as i64)).collect::<Option<_>>()?;
                t.push(to(*default as i64)?);
                return Some((t, false));
            }
            I::Lookupswitch { default, pairs } => {
                pop(s, 1)?;
                let mut t: Vec<usize> = pairs.iter().map(|(_, o)| to(*o as i64)).collect::<Option<_>>()?;
                t.push(to(*default as i64)?);
                return Some((t, false));
            }
            I::Ireturn | I::Lreturn | I::Freturn | I::Dreturn | I::Areturn | I::Return | I::Athrow => {
                return Some((Vec::new(), false));
            }
            _ => return None,
        }
        Some((Vec::new(), true))
    }

    /// Whether `ldc`/`getstatic` pushes a `long`/`double` (`ldc` never does).
    fn wide_member(&self, inst: &I) -> bool {
        match inst {
            I::Getstatic(n) => self
                .class
                .pool
                .member(*n)
                .ok()
                .and_then(|m| descriptor::parse_field(&m.desc).ok())
                .is_some_and(|t| wide(&t)),
            _ => false,
        }
    }

    /// The two-slot shuffles, by the widths of the values on top.
    fn dup_wide(&self, inst: &I, s: &mut Vec<Slot>) -> Option<()> {
        let n = s.len();
        let w = |i: usize| Some(s.get(n.checked_sub(i + 1)?)?.wide);
        // (how many values are copied, how many values deep they are inserted)
        let (copy, under) = match inst {
            I::Dupx2 if w(1)? => (1, 1),
            I::Dupx2 => (1, 2),
            I::Dup2 if w(0)? => (1, 0),
            I::Dup2 => (2, 0),
            I::Dup2x1 if w(0)? => (1, 1),
            I::Dup2x1 => (2, 1),
            _ => match (w(0)?, w(1)?) {
                (true, true) => (1, 1),
                (true, false) => (1, 2),
                (false, _) if w(2)? => (2, 1),
                _ => (2, 2),
            },
        };
        let top: Vec<Slot> = s.get(n.checked_sub(copy)?..)?.to_vec();
        let at = n.checked_sub(copy + under)?;
        for (i, v) in top.into_iter().enumerate() {
            s.insert(at + i, v);
        }
        Some(())
    }

    /// The message of the NullPointerException instruction `inst` at `pc` may throw.
    fn message(&self, pc: usize, inst: &I) -> Option<String> {
        let pool = &self.class.pool;
        let (action, depth) = match inst {
            I::Iaload => ("Cannot load from int array".to_string(), 1),
            I::Laload => ("Cannot load from long array".to_string(), 1),
            I::Faload => ("Cannot load from float array".to_string(), 1),
            I::Daload => ("Cannot load from double array".to_string(), 1),
            I::Aaload => ("Cannot load from object array".to_string(), 1),
            I::Baload => ("Cannot load from byte/boolean array".to_string(), 1),
            I::Caload => ("Cannot load from char array".to_string(), 1),
            I::Saload => ("Cannot load from short array".to_string(), 1),
            I::Iastore => ("Cannot store to int array".to_string(), 2),
            I::Lastore => ("Cannot store to long array".to_string(), 2),
            I::Fastore => ("Cannot store to float array".to_string(), 2),
            I::Dastore => ("Cannot store to double array".to_string(), 2),
            I::Aastore => ("Cannot store to object array".to_string(), 2),
            I::Bastore => ("Cannot store to byte/boolean array".to_string(), 2),
            I::Castore => ("Cannot store to char array".to_string(), 2),
            I::Sastore => ("Cannot store to short array".to_string(), 2),
            I::Arraylength => ("Cannot read the array length".to_string(), 0),
            I::Athrow => ("Cannot throw exception".to_string(), 0),
            I::Monitorenter => ("Cannot enter synchronized block".to_string(), 0),
            I::Monitorexit => ("Cannot exit synchronized block".to_string(), 0),
            I::Getfield(n) => (format!("Cannot read field \"{}\"", pool.member(*n).ok()?.name), 0),
            I::Putfield(n) => (format!("Cannot assign field \"{}\"", pool.member(*n).ok()?.name), 1),
            I::Invokevirtual(n) | I::Invokespecial(n) | I::Invokeinterface { index: n, .. } => {
                let m = pool.member(*n).ok()?;
                if m.name == "<init>" {
                    return None;
                }
                let args = descriptor::parse_method(&m.desc).ok()?.params.len();
                (format!("Cannot invoke \"{}\"", method_name(&m.class, &m.name, &m.desc)?), args)
            }
            _ => return None,
        };
        let stack = self.states.get(&pc)?;
        let slot = stack.get(stack.len().checked_sub(depth + 1)?)?;
        Some(match slot.src.and_then(|src| self.cause(src)) {
            Some(cause) => format!("{action}{cause}"),
            None => action,
        })
    }

    /// ` because ... is null` for a null pushed by the instruction at `src`.
    fn cause(&self, src: usize) -> Option<String> {
        let (_, inst) = &self.code.insts[*self.index.get(&src)?];
        if let I::Invokevirtual(_) | I::Invokespecial(_) | I::Invokestatic(_) | I::Invokeinterface { .. } = inst {
            return Some(format!(" because the return value of \"{}\" is null", self.describe(src, MAX_DETAIL)?));
        }
        Some(format!(" because \"{}\" is null", self.describe(src, MAX_DETAIL)?))
    }

    /// The expression the instruction at `pc` computes, as HotSpot prints it, within `detail`
    /// levels of nesting.
    fn describe(&self, pc: usize, detail: u32) -> Option<String> {
        if detail == 0 {
            return None;
        }
        let (_, inst) = &self.code.insts[*self.index.get(&pc)?];
        let operand = |depth: usize| -> Option<usize> {
            let stack = self.states.get(&pc)?;
            stack.get(stack.len().checked_sub(depth + 1)?)?.src
        };
        let pool = &self.class.pool;
        if let Some((slot, _, false)) = crate::insts::local_access(inst) {
            return Some(self.local_name(pc, slot));
        }
        Some(match inst {
            I::Aconstnull => "null".into(),
            I::Iconstm1 => "-1".into(),
            I::Iconst0 => "0".into(),
            I::Iconst1 => "1".into(),
            I::Iconst2 => "2".into(),
            I::Iconst3 => "3".into(),
            I::Iconst4 => "4".into(),
            I::Iconst5 => "5".into(),
            I::Bipush(v) => v.to_string(),
            I::Sipush(v) => v.to_string(),
            I::Getstatic(n) => {
                let m = pool.member(*n).ok()?;
                format!("{}.{}", klass(&m.class), m.name)
            }
            I::Getfield(n) => {
                let name = pool.member(*n).ok()?.name;
                match operand(0).and_then(|o| self.describe(o, detail - 1)) {
                    Some(object) => format!("{object}.{name}"),
                    None => name,
                }
            }
            I::Invokevirtual(n) | I::Invokespecial(n) | I::Invokestatic(n) | I::Invokeinterface { index: n, .. } => {
                let m = pool.member(*n).ok()?;
                method_name(&m.class, &m.name, &m.desc)?
            }
            I::Iaload | I::Laload | I::Faload | I::Daload | I::Aaload | I::Baload | I::Caload | I::Saload => {
                let array = operand(1).and_then(|o| self.describe(o, detail - 1)).unwrap_or_else(|| "<array>".into());
                let index = operand(0).and_then(|o| self.describe(o, detail - 1)).unwrap_or_else(|| "...".into());
                format!("{array}[{index}]")
            }
            _ => return None,
        })
    }

    /// The name of local `slot` at `pc`: from the LocalVariableTable, else `this`,
    /// `<parameterN>` for a parameter never overwritten, or `<localN>`.
    fn local_name(&self, pc: usize, slot: u32) -> String {
        let named = self
            .code
            .locals
            .iter()
            .find(|v| v.slot as u32 == slot && (v.start as usize) <= pc && pc < v.start as usize + v.len as usize);
        if let Some(v) = named {
            return v.name.clone();
        }
        let parameter = !self.written.contains(&slot);
        if !self.def.is_static && slot == 0 && parameter {
            return "this".into();
        }
        let mut at = u32::from(!self.def.is_static);
        if let Ok(d) = descriptor::parse_method(&self.def.desc) {
            for (i, t) in d.params.iter().enumerate() {
                let size = if wide(t) { 2 } else { 1 };
                if parameter && slot >= at && slot < at + size {
                    return format!("<parameter{}>", i + 1);
                }
                at += size;
            }
        }
        format!("<local{slot}>")
    }
}
