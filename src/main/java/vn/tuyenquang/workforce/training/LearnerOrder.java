package vn.tuyenquang.workforce.training;

import java.util.Comparator;

import vn.tuyenquang.workforce.people.Person;
import vn.tuyenquang.workforce.text.VietnameseText;

/** The orders found learners can be shown in. */
public enum LearnerOrder {

    NAME(Comparator.comparing((Person p) -> VietnameseText.fold(p.fullName()))),
    /** The youngest first. */
    YOUNGEST(Comparator.comparing(Person::birthDate).reversed()),
    OLDEST(Comparator.comparing(Person::birthDate));

    final Comparator<Person> comparator;

    LearnerOrder(Comparator<Person> comparator) {
        this.comparator = comparator.thenComparing(Person::id);
    }
}
