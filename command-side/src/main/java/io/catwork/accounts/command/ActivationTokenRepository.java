package io.catwork.accounts.command;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationTokenRepository extends JpaRepository<ActivationToken, String> {
}
