/** Implementation of the testkit (finding and provisioning PostgreSQL); not API. */
@NullMarked
package dev.ormkit.testkit.internal;

import org.jspecify.annotations.NullMarked;
