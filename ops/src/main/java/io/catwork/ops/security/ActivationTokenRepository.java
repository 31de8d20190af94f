package io.catwork.ops.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationTokenRepository extends JpaRepository<ActivationToken, String> {
}
