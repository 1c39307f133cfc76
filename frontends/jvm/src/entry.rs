//! The exported entry point: initialises the main class, builds `String[] args` from the
//! program arguments and calls `main(String[])`; returns 0 (`System.exit` ends the run with
//! its own status). When `main` returns, the program waits for its non-daemon threads
//! (java/lang/Thread.java).

use crate::program::{Program, dotted};
use rootir::{Callee, FuncType, FunctionBuilder, Type};

/// Adds the entry function, exported as `export`.
pub fn add(p: &mut Program, main_class: &str, export: &str) -> Result<(), String> {
    let info = p.class(main_class)?;
    let guard = info.init_guard;
    let main = *info
        .functions
        .get("main([Ljava/lang/String;)V")
        .ok_or_else(|| format!("class {} has no `public static void main(String[])`", dotted(main_class)))?;
    let (arg_count, _) = p.host("arg_count", FuncType::new([], [Type::I32]));
    let (arg_len, _) = p.host("arg_len", FuncType::new([Type::I32], [Type::I32]));
    let (arg_byte, _) = p.host("arg_byte", FuncType::new([Type::I32, Type::I32], [Type::I32]));
    let (char_str, _) = crate::runtime::function(p, "$char_str")?;
    let (java_exc, _) = crate::runtime::function(p, "$java_exc")?;
    let (throw, _) = crate::runtime::function(p, "$throw")?;
    let empty = p.string("");

    let mut b = FunctionBuilder::new(export, FuncType::new([], [Type::I32]));
    if let Some(g) = guard {
        b.call(Callee::Func(g), &[], &[]);
    }
    let n = b.call(arg_count, &[], &[Type::I32])[0];
    let args = b.array_new_ref(n);
    crate::arrays::tag_new(p, &mut b, args, "[Ljava/lang/String;")?;
    let zero = b.i32_const(0);
    b.count_up(zero, n, |b, i| {
        let len = b.call(arg_len, &[i], &[Type::I32])[0];
        let s = b.str_const(empty);
        b.count_up(zero, len, |b, j| {
            let c = b.call(arg_byte, &[i, j], &[Type::I32])[0];
            let cs = b.call(char_str, &[c], &[Type::Ref])[0];
            let s2 = b.str_concat(s, cs);
            b.mov(s, s2);
        });
        b.array_set_ref(args, i, s);
    });
    // Everything main lets escape is caught here: printed as HotSpot does, exit status 1.
    let (call, uncaught) = (b.new_block(), b.new_block());
    b.br(call);
    b.switch_to(call);
    b.set_handler(call, Some(uncaught));
    b.call(Callee::Func(main), &[args], &[]);
    run_queued_threads(p, &mut b);
    let zero = b.i32_const(0);
    b.ret(&[zero]);
    b.switch_to(uncaught);
    let caught = b.catch();
    let e = b.call(java_exc, &[caught], &[Type::Ref])[0];
    if p.function(crate::libcalls::THREAD, "runAllQueued()V").is_ok() {
        // With threads, the others go on after main's exception is printed (exit status 1).
        let (ewrite, _) = p.host("ewrite_str", FuncType::new([Type::Ref], []));
        let (trace, _) = crate::runtime::function(p, "$stack_trace")?;
        let head = p.string("Exception in thread \"main\" ");
        let head = b.str_const(head);
        b.call(ewrite, &[head], &[]);
        b.call(trace, &[e], &[]);
        run_queued_threads(p, &mut b);
    } else {
        b.call(throw, &[e], &[]);
    }
    let one = b.i32_const(1);
    b.ret(&[one]);
    let f = p.add_function(b.finish());
    p.module.exports.push(rootir::Export { name: export.to_string(), func: f });
    Ok(())
}

/// When the program has threads: waits for the non-daemon ones (`Thread.runAllQueued`), as the
/// JVM does after `main`.
fn run_queued_threads(p: &Program, b: &mut FunctionBuilder) {
    let thread = crate::libcalls::THREAD;
    let Ok((_, f)) = p.function(thread, "runAllQueued()V") else { return };
    if let Some(g) = p.class(thread).ok().and_then(|c| c.init_guard) {
        b.call(Callee::Func(g), &[], &[]);
    }
    b.call(Callee::Func(f), &[], &[]);
}
