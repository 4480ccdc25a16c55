package slope.lang;

/**
 * Python's {@code warnings} module, written in Python after CPython's warnings.py: the filters, warn, and
 * catch_warnings (which may record). Notebooks start with {@code warnings.filterwarnings("ignore")}; tests raise
 * warnings as errors or record them. A warning that is shown goes to sys.stderr, which a run drops (the page shows
 * standard output). Without frames a warning has no line of its own: it is reported at line 0 of the script, so
 * "default" and "module" show a message once per run, as "once" does. The filters' message and module patterns are
 * regular expressions, matched by the re module.
 */
final class WarningsModule {
    private WarningsModule() {}

    static final String SOURCE = """
            import sys

            __all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
                       'resetwarnings', 'catch_warnings']

            # CPython's defaults: DeprecationWarning shown for __main__ only
            filters = [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0),
                       ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0),
                       ('ignore', None, ResourceWarning, None, 0)]
            defaultaction = 'default'
            onceregistry = {}
            # what 'default' and 'module' have shown, forgotten when the filters change, as CPython's registries are
            _registry = {}
            # the list catch_warnings(record=True) appends to, or None
            _state = {'log': None}


            def _filters_mutated():
                _registry.clear()


            def _check(action, category, lineno):
                assert action in ('error', 'ignore', 'always', 'default', 'module', 'once'), 'invalid action: %r' % (action,)
                assert isinstance(category, type), 'category must be a class'
                assert issubclass(category, Warning), 'category must be a Warning subclass'
                assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'


            def _add_filter(item, append):
                if not append:
                    if item in filters:
                        filters.remove(item)
                    filters.insert(0, item)
                elif item not in filters:
                    filters.append(item)
                _filters_mutated()


            def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
                _check(action, category, lineno)
                assert isinstance(message, str), 'message must be a string'
                assert isinstance(module, str), 'module must be a string'
                _add_filter((action, message or None, category, module or None, lineno), append)


            def simplefilter(action, category=Warning, lineno=0, append=False):
                _check(action, category, lineno)
                _add_filter((action, None, category, None, lineno), append)


            def resetwarnings():
                filters[:] = []
                _filters_mutated()


            def formatwarning(message, category, filename, lineno, line=None):
                s = '%s:%s: %s: %s\\n' % (filename, lineno, category.__name__, message)
                if line:
                    s += '  %s\\n' % line.strip()
                return s


            def showwarning(message, category, filename, lineno, file=None, line=None):
                (sys.stderr if file is None else file).write(formatwarning(message, category, filename, lineno, line))


            class WarningMessage(object):
                _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

                def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
                    for name, value in zip(self._WARNING_DETAILS, (message, category, filename, lineno, file, line, source)):
                        setattr(self, name, value)
                    self._category_name = category.__name__ if category else None

                def __str__(self):
                    return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                            % (self.message, self._category_name, self.filename, self.lineno, self.line))


            def warn(message, category=None, stacklevel=1, source=None):
                if isinstance(message, Warning):
                    category = message.__class__
                if category is None:
                    category = UserWarning
                if not (isinstance(category, type) and issubclass(category, Warning)):
                    raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
                warn_explicit(message, category, sys.argv[0] or '<stdin>', 0, '__main__', source=source)


            def _matches(pattern, text, ignorecase):
                if pattern is None:
                    return True
                import re  # only a filter with a pattern needs it
                return re.match(pattern, text, re.I if ignorecase else 0) is not None


            def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                              source=None):
                if module is None:
                    module = filename or '<unknown>'
                    if module[-3:].lower() == '.py':
                        module = module[:-3]
                if registry is None:
                    registry = _registry
                if isinstance(message, Warning):
                    text = str(message)
                    category = message.__class__
                else:
                    text = message
                    message = category(message)
                key = (text, category, lineno)
                if registry.get(key):
                    return
                for action, msg, cat, mod, ln in filters:
                    if (_matches(msg, text, True) and issubclass(category, cat) and _matches(mod, module, False)
                            and (ln == 0 or lineno == ln)):
                        break
                else:
                    action = defaultaction
                if action == 'ignore':
                    return
                if action == 'error':
                    raise message
                if action == 'once':
                    registry[key] = 1
                    if onceregistry.get((text, category)):
                        return
                    onceregistry[(text, category)] = 1
                elif action == 'module':
                    registry[key] = 1
                    # CPython's check of the module-wide key, which at line 0 is the key itself, just set
                    if registry.get((text, category, 0)) and lineno != 0:
                        return
                    registry[(text, category, 0)] = 1
                elif action == 'default':
                    registry[key] = 1
                msg = WarningMessage(message, category, filename, lineno, None, None, source)
                if _state['log'] is not None:
                    _state['log'].append(msg)
                else:
                    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


            class catch_warnings(object):
                def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
                    self._record = record
                    self._entered = False
                    self._filter = None if action is None else (action, category, lineno, append)

                def __repr__(self):
                    args = ['record=True'] if self._record else []
                    return '%s(%s)' % (type(self).__name__, ', '.join(args))

                def __enter__(self):
                    if self._entered:
                        raise RuntimeError('Cannot enter %r twice' % self)
                    self._entered = True
                    self._filters = filters[:]
                    self._log = _state['log']
                    _filters_mutated()
                    if self._filter is not None:
                        simplefilter(*self._filter)
                    if self._record:
                        _state['log'] = []
                        return _state['log']
                    return None

                def __exit__(self, *exc_info):
                    if not self._entered:
                        raise RuntimeError('Cannot exit %r without entering first' % self)
                    filters[:] = self._filters
                    _state['log'] = self._log
                    _filters_mutated()
            """;
}
