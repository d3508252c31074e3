package org.scorelink.credentials.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a scope by its xAPI name ({@code statements/write}) rather than the enum constant, so the
 * table reads like the spec and Java renames cannot corrupt it.
 */
@Converter
public class ScopeConverter implements AttributeConverter<Scope, String> {

    @Override
    public String convertToDatabaseColumn(Scope scope) {
        return scope == null ? null : scope.value();
    }

    @Override
    public Scope convertToEntityAttribute(String value) {
        return value == null ? null : Scope.of(value)
                .orElseThrow(() -> new IllegalStateException("unknown scope in database: " + value));
    }
}
