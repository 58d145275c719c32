package io.valueloop.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ValueLoop: generated implementations stay package-private and hidden
 * behind the abstract value type ({@code build()} returns the abstract type), and builders are strict
 * (setting an attribute twice is an error rather than a silent overwrite).
 *
 * <p>Source retention: the annotation exists for the annotation processor only and never reaches
 * users' class files. Only {@code @Override} is put on generated code: Immutables' own {@code @Generated} would
 * reach the class files and make javac warn in every build that compiles against the library without the
 * annotations jar.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
