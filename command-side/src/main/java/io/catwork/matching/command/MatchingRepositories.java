package io.catwork.matching.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PoolWorkerRepository extends JpaRepository<PoolWorker, UUID> {

    /** Hired workers with no reservation overlapping [start, end). */
    @Query("""
            select w from PoolWorker w where not exists (
                select r from Reservation r where r.workerId = w.workerId and r.start < :end and r.end > :start)
            order by w.workerId""")
    List<PoolWorker> findFree(@Param("start") Instant start, @Param("end") Instant end);

    /** Locks the worker's row until the transaction ends: reservations of one worker happen one at a time. */
    @Query(value = "select worker_id from matching_worker where worker_id = :id for update", nativeQuery = true)
    List<Object> lock(@Param("id") UUID workerId);
}

interface ReservationRepository extends JpaRepository<Reservation, UUID> {

    @Query("""
            select count(r) > 0 from Reservation r
            where r.workerId = :worker and r.start < :end and r.end > :start""")
    boolean overlaps(@Param("worker") UUID workerId, @Param("start") Instant start, @Param("end") Instant end);

    @Modifying
    @Query("delete from Reservation r where r.orderId = :orderId")
    int release(@Param("orderId") UUID orderId);
}
