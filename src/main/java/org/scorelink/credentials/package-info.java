/**
 * Credentials: who may talk to the LRS and on behalf of which tenant.
 *
 * <p>A {@link org.scorelink.credentials.entity.Store} is a tenant: statements and documents of one store
 * are invisible to the clients of another. An {@link org.scorelink.credentials.entity.LrsClient} is one
 * HTTP Basic credential (key + secret) of one store, with the
 * {@link org.scorelink.credentials.entity.Scope}s it was granted. Secrets are kept only as salted
 * PBKDF2 hashes and shown once, at creation.
 *
 * <ul>
 *   <li>{@code boundary}: the authentication filter that turns an {@code Authorization} header into a
 *       {@link org.scorelink.credentials.entity.Caller}, the admin API ({@code /api/admin/clients},
 *       {@code /api/admin/stores}), {@code /api/me}, and the bootstrap of the first admin client.</li>
 *   <li>{@code control}: hashing, random keys and secrets, the verification cache, scope parsing and
 *       the JPA queries.</li>
 *   <li>{@code entity}: the JPA entities, scopes and the Caller record.</li>
 * </ul>
 *
 * <p>Depends on nothing else in Scorelink; {@code xapi} depends on this component (it reads the
 * {@code Caller}), never the reverse.
 */
package org.scorelink.credentials;
