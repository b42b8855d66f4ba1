trigger LeadQualificationTrigger on Lead(before insert, before update, after update) {
    new QualificationTriggerHandler().run();
}
