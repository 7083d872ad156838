"""The `pypymagic` builtin module: the transparent-proxy functions under
the module name of the papers that first described them."""
