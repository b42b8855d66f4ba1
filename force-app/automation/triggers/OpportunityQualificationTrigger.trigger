trigger OpportunityQualificationTrigger on Opportunity(before insert, before update) {
    new QualificationTriggerHandler().run();
}
