"""The workbench's pages, one module each: its handlers, the queries behind them, and its template's name."""

from engine.web.pages import accounts, audit, card, finding, ranking, rules, runs

ROUTERS = [m.router for m in (accounts, runs, ranking, card, finding, rules, audit)]
