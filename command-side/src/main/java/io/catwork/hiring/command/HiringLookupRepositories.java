package io.catwork.hiring.command;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TestLookupRepository extends JpaRepository<HiringLookupEntries.TestEntry, UUID> {
}

interface VacancyLookupRepository extends JpaRepository<HiringLookupEntries.VacancyEntry, UUID> {
}

interface ActiveApplicationRepository extends JpaRepository<HiringLookupEntries.ActiveApplication, String> {
    @Modifying
    @Query("delete from ActiveApplicationLookup a where a.applicationId = :applicationId")
    int deleteByApplication(@Param("applicationId") UUID applicationId);
}
