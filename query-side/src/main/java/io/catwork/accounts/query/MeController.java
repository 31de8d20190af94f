package io.catwork.accounts.query;

import io.catwork.accounts.api.MeView;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {
    private final AccountViewRepository accounts;

    MeController(AccountViewRepository accounts) {
        this.accounts = accounts;
    }

    @Access(anyAccount = true)
    @Operation(summary = "Show the caller's own account")
    @GetMapping("/api/me")
    MeView me(Actor actor) {
        return accounts.findById(actor.id().value())
                .map(AccountViewEntity::toMeView)
                .orElseThrow(() -> CatworkException.notFound("account"));
    }
}
