"""Rules as data: load YAML rule files, check them, compile them to durable_rules, run them.

loader   YAML → Rule, with FILE:LINE for every problem
lint     checks beyond the schema: facts, types, ids, regexes
condition  the condition language: one semantics, two back ends (durable JSON, plain Python)
host     the only module that imports durable_rules
runner   facts → findings for one report
examples `xxgk rules test`
"""

from engine.rules.loader import RuleError, RuleSet, load_rules

__all__ = ["RuleError", "RuleSet", "load_rules"]
