//! Tests of the exception rules: handlers, `catch` and `throw`.

use super::{at, errors, expect_one, func, module_of};
use crate::verify::Location;
use crate::{Block, FuncType, FunctionBuilder, Type};

/// `b0 handler b1: throw r0` / `b1: r1 = catch; ret`, then `extra` on the builder.
fn with_handler(extra: impl FnOnce(&mut FunctionBuilder)) -> crate::Function {
    func(FuncType::new([Type::Ref], []), |b| {
        let h = b.new_block();
        b.set_handler(Block(0), Some(h));
        b.throw(b.param(0));
        b.switch_to(h);
        b.catch();
        b.ret(&[]);
        extra(b);
    })
}

fn block(b: u32) -> Location {
    Location::Block("f".to_string(), Block(b))
}

#[test]
fn a_handler_that_catches_verifies() {
    assert_eq!(errors(&module_of(vec![with_handler(|_| {})])), vec![]);
}

#[test]
fn handlers_exist() {
    let f = with_handler(|b| b.set_handler(Block(1), Some(Block(9))));
    expect_one(&module_of(vec![f]), block(1), "handler b9 does not exist (the function has 2 blocks)");
}

#[test]
fn the_entry_is_no_handler() {
    let f = with_handler(|b| b.set_handler(Block(1), Some(Block(0))));
    expect_one(&module_of(vec![f]), block(1), "handler b0 is the entry block, which cannot be a handler");
}

#[test]
fn handlers_begin_with_catch() {
    let f = func(FuncType::new([Type::Ref], []), |b| {
        let h = b.new_block();
        b.set_handler(Block(0), Some(h));
        b.throw(b.param(0));
        b.switch_to(h);
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), block(1), "handler block does not begin with `catch`");
}

#[test]
fn catch_is_first() {
    let f = func(FuncType::new([Type::Ref], []), |b| {
        let h = b.new_block();
        b.set_handler(Block(0), Some(h));
        b.throw(b.param(0));
        b.switch_to(h);
        b.catch();
        b.catch();
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 1, 1), "`catch` is not the first instruction of its block");
}

#[test]
fn catch_only_in_handlers() {
    let f = func(FuncType::new([], []), |b| {
        let b1 = b.new_block();
        b.br(b1);
        b.switch_to(b1);
        b.catch();
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 1, 0), "`catch` in a block that is no block's handler");
}

#[test]
fn handlers_have_no_normal_predecessors() {
    let f = func(FuncType::new([Type::Ref], []), |b| {
        let body = b.new_block();
        let h = b.new_block();
        b.br(h);
        b.switch_to(body);
        b.set_handler(body, Some(h));
        b.throw(b.param(0));
        b.switch_to(h);
        b.catch();
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 0, 0), "br jumps to handler block b2, which only unwinding may enter");
}

#[test]
fn thrown_values_are_refs() {
    let f = func(FuncType::new([Type::I32], []), |b| b.throw(b.param(0)));
    expect_one(&module_of(vec![f]), at("f", 0, 0), "throw operand 1 (r0) has type i32, expected ref");
}

#[test]
fn caught_values_are_refs() {
    let f = func(FuncType::new([Type::Ref], []), |b| {
        let h = b.new_block();
        let wrong = b.new_reg(Type::I64);
        b.set_handler(Block(0), Some(h));
        b.throw(b.param(0));
        b.switch_to(h);
        b.push(crate::InstData::Catch { dst: wrong });
        b.ret(&[]);
    });
    expect_one(&module_of(vec![f]), at("f", 1, 0), "catch result (r1) has type i64, expected ref");
}
