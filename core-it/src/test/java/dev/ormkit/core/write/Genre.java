package dev.ormkit.core.write;

enum Genre { NOVEL, POETRY, ESSAY }
