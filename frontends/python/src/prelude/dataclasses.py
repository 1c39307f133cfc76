

# dataclasses (docs/python.md): @dataclass reads the class's __annotations__ (names in
# order, made by the frontend) and its base classes' __dataclass_fields__, then sets
# __init__, __repr__, __eq__, the order methods, __hash__ and, when frozen, __setattr__.
class _Missing:
    pass


_MISSING = _Missing()


class Field:
    def __init__(self, default, default_factory, init, show, compare):
        self.name = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = show
        self.compare = compare

    def __repr__(self):
        return "Field(name=%r)" % (self.name,)


class FrozenInstanceError(AttributeError):
    pass


def p_field(args, kw):
    if args:
        raise TypeError("field() takes 0 positional arguments but %d were given" % len(args))
    default = _kw(kw, "default", _MISSING)
    factory = _kw(kw, "default_factory", _MISSING)
    if default is not _MISSING and factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, factory, _kw(kw, "init", True), _kw(kw, "repr", True), _kw(kw, "compare", True))


def _dc_collect(cls):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", ()):
            fields[f.name] = f
    annotations = getattr(cls, "__annotations__", {})
    for name in annotations:
        if annotations[name] == "ClassVar":
            continue
        default = getattr(cls, name, _MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is _MISSING:
                _rootvm.delattr(cls, name)
            else:
                _rootvm.setattr(cls, name, f.default)
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(
                    "mutable default %s for field %s is not allowed: use default_factory" % (type(default), name)
                )
            f = Field(default, _MISSING, True, True, True)
        f.name = name
        fields[name] = f
    out = list(fields.values())
    seen_default = False
    for f in out:
        if not f.init:
            continue
        if f.default is not _MISSING or f.default_factory is not _MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    return out


def _dc_missing(cls, names):
    if len(names) == 1:
        text = "1 required positional argument: '%s'" % names[0]
    else:
        quoted = ["'%s'" % n for n in names]
        text = "%d required positional arguments: %s and %s" % (len(names), ", ".join(quoted[:-1]), quoted[-1])
    return TypeError("%s.__init__() missing %s" % (cls.__qualname__, text))


def _dc_init_for(cls, fields):
    params = [f for f in fields if f.init]

    def __init__(self, *args, **kw):
        if len(args) > len(params):
            required = len([f for f in params if f.default is _MISSING and f.default_factory is _MISSING])
            if required == len(params):
                takes = "%d" % (len(params) + 1)
            else:
                takes = "from %d to %d" % (required + 1, len(params) + 1)
            raise TypeError(
                "%s.__init__() takes %s positional arguments but %d were given" % (cls.__qualname__, takes, len(args) + 1)
            )
        missing = []
        i = 0
        for f in fields:
            if f.init and i < len(args):
                if f.name in kw:
                    raise TypeError("%s.__init__() got multiple values for argument '%s'" % (cls.__qualname__, f.name))
                value = args[i]
                i += 1
            elif f.init and f.name in kw:
                value = kw.pop(f.name)
            elif f.default is not _MISSING:
                value = f.default
            elif f.default_factory is not _MISSING:
                value = f.default_factory()
            else:
                missing.append(f.name)
                continue
            _rootvm.setattr(self, f.name, value)
        for name in kw:
            raise TypeError("%s.__init__() got an unexpected keyword argument '%s'" % (cls.__qualname__, name))
        if missing:
            raise _dc_missing(cls, missing)
        if _rootvm.has(type(self), "__post_init__"):
            self.__post_init__()

    return __init__


def _dc_values(self, fields):
    return tuple([getattr(self, f.name) for f in fields if f.compare])


def _dc_methods(cls, fields, order, frozen):
    def __repr__(self):
        parts = [f.name + "=" + repr(getattr(self, f.name)) for f in fields if f.repr]
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if type(other) is not type(self):
            return False
        return _eq(_dc_values(self, fields), _dc_values(other, fields))

    def compare(op):
        def method(self, other):
            if type(other) is not type(self):
                raise TypeError(
                    "'%s' not supported between instances of '%s' and '%s'"
                    % (op, type(self).__name__, type(other).__name__)
                )
            a = _dc_values(self, fields)
            b = _dc_values(other, fields)
            if op == "<":
                return _lt(a, b)
            if op == ">":
                return _lt(b, a)
            if op == "<=":
                return not _lt(b, a)
            return not _lt(a, b)

        return method

    def __hash__(self):
        return hash(_dc_values(self, fields))

    def __setattr__(self, name, value):
        raise FrozenInstanceError("cannot assign to field '%s'" % name)

    def __delattr__(self, name):
        raise FrozenInstanceError("cannot delete field '%s'" % name)

    out = {"__repr__": __repr__, "__eq__": __eq__}
    if order:
        out["__lt__"] = compare("<")
        out["__le__"] = compare("<=")
        out["__gt__"] = compare(">")
        out["__ge__"] = compare(">=")
    if frozen:
        out["__hash__"] = __hash__
        out["__setattr__"] = __setattr__
        out["__delattr__"] = __delattr__
    return out


def _dc_process(cls, init, show, eq, order, frozen):
    fields = _dc_collect(cls)
    _rootvm.setattr(cls, "__dataclass_fields__", tuple(fields))
    methods = _dc_methods(cls, fields, order, frozen)
    if init:
        _rootvm.setattr(cls, "__init__", _dc_init_for(cls, fields))
    if show:
        _rootvm.setattr(cls, "__repr__", methods["__repr__"])
    if eq:
        _rootvm.setattr(cls, "__eq__", methods["__eq__"])
    for name in ["__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__setattr__", "__delattr__"]:
        if name in methods:
            _rootvm.setattr(cls, name, methods[name])
    if eq and not frozen and not _rootvm.own(cls, "__hash__"):
        _rootvm.setattr(cls, "__hash__", None)
    return cls


def p_dataclass(args, kw):
    init = _kw(kw, "init", True)
    show = _kw(kw, "repr", True)
    eq = _kw(kw, "eq", True)
    order = _kw(kw, "order", False)
    frozen = _kw(kw, "frozen", False)
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    if args:
        return _dc_process(args[0], init, show, eq, order, frozen)

    def decorate(cls):
        return _dc_process(cls, init, show, eq, order, frozen)

    return decorate


def p_fields(args, kw):
    return tuple(getattr(args[0], "__dataclass_fields__"))


def p_asdict(args, kw):
    out = {}
    for f in getattr(args[0], "__dataclass_fields__"):
        out[f.name] = _dc_copy(getattr(args[0], f.name))
    return out


def _dc_copy(v):
    if _rootvm.has(type(v), "__dataclass_fields__") and not isinstance(v, type):
        return p_asdict((v,), None)
    if isinstance(v, list):
        return [_dc_copy(x) for x in v]
    if isinstance(v, tuple):
        return tuple([_dc_copy(x) for x in v])
    if isinstance(v, dict):
        return {k: _dc_copy(v[k]) for k in v}
    return v


def p_astuple(args, kw):
    return tuple([_dc_copy(getattr(args[0], f.name)) for f in getattr(args[0], "__dataclass_fields__")])


def p_replace(args, kw):
    obj = args[0]
    values = {}
    for f in getattr(obj, "__dataclass_fields__"):
        if f.init:
            values[f.name] = kw.pop(f.name) if kw is not None and f.name in kw else getattr(obj, f.name)
    return type(obj)(**values)
