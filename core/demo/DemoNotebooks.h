// DemoNotebooks: notebooks in the formats the workspace export uses: Databricks source (.py, .sql) and Jupyter.
#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>

namespace keyward::demo {

// "# Databricks notebook source", a markdown title cell, then cells separated by "# COMMAND ----------" ("--"
// for SQL) until about `target` bytes (at most InMemoryCap), and at least three.
QByteArray sourceNotebook(DemoRandom &rng, qint64 target, const QByteArray &title, bool sql);
// nbformat 4 with Databricks cell and notebook metadata, at least four cells.
QByteArray ipynbNotebook(DemoRandom &rng, qint64 target, const QByteArray &title);

} // namespace keyward::demo
