package io.catwork.accounts.command;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivationTokenRepository extends JpaRepository<ActivationToken, String> {

    /** Uses the token if it is still usable; 1 when this call used it (of two at the same moment, one wins). */
    @Modifying
    @Query("update ActivationToken t set t.usedAt = :now where t.tokenHash = :hash and t.usedAt is null "
            + "and t.expiresAt > :now")
    int use(@Param("hash") String hash, @Param("now") Instant now);

    @Modifying
    @Query("delete from ActivationToken t where t.accountId = :account and t.usedAt is null")
    int dropUnused(@Param("account") java.util.UUID account);
}
