package io.catwork.accounts.query;

import io.catwork.accounts.api.MeView;
import io.catwork.common.api.Access;
import io.catwork.common.api.Actor;
import io.catwork.common.api.CatworkException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {
    private final AccountViewRepository accounts;

    MeController(AccountViewRepository accounts) {
        this.accounts = accounts;
    }

    @Access(anyAccount = true)
    @GetMapping("/api/me")
    MeView me(Actor actor) {
        return accounts.findById(actor.id().value())
                .map(AccountViewEntity::toMeView)
                .orElseThrow(() -> CatworkException.notFound("account"));
    }
}
