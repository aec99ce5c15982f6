package vn.tuyenquang.workforce.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.tuyenquang.workforce.system.RecordIds;

/** Accounts in the audit trail's sentences, by their display name. */
@Component
class AccountAuditSubjects implements AuditSubjects {

    private final AccountRepository accounts;

    AccountAuditSubjects(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(AccountManagement.RECORD_TYPE);
    }

    @Override
    public Map<String, String> names(String recordType, Collection<String> recordIds) {
        return accounts.displayNamesById(RecordIds.parse(recordIds));
    }
}
