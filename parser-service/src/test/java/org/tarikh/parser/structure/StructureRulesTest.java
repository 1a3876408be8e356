package org.tarikh.parser.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each structure rule, in Arabic and English, on articles in the shapes of several outlets. */
class StructureRulesTest {

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("English wire: byline, dateline with date and agency, reporting credits", """
                        Iraq says U.S. strikes on armed groups violate its sovereignty

                        By Timour Azhari and Ahmed Rasheed

                        BAGHDAD, Jan 30 (Reuters) - Iraq's government said on Tuesday that U.S. strikes on armed \
                        groups were a violation of its sovereignty. The U.S. military said the strikes hit 85 targets.

                        Iraqi officials said at least 16 people were killed, including civilians.

                        (Reporting by Timour Azhari; Editing by Alex Richardson)

                        Our Standards: The Thomson Reuters Trust Principles.
                        """, List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH@BAGHDAD", "PARAGRAPH", "BOILERPLATE",
                        "BOILERPLATE")),
                Arguments.of("AP: em-dash dateline, AP Photo caption, question subheading, copyright", """
                        Drone attack kills 3 US troops in Jordan

                        WASHINGTON (AP) — Three U.S. service members were killed and dozens were wounded in a drone \
                        attack in northeast Jordan, President Joe Biden said Sunday.

                        A U.S. soldier stands guard at a base in northeast Syria, Sunday, Jan. 28, 2024. (AP Photo/Baderkhan Ahmad)

                        What happens next?

                        Biden said the United States "shall respond" at a time and in a manner of its choosing.

                        Copyright 2024 The Associated Press. All rights reserved.
                        """, List.of("HEADLINE", "PARAGRAPH@WASHINGTON", "CAPTION[AP Photo/Baderkhan Ahmad]",
                        "SUBHEADING", "PARAGRAPH", "BOILERPLATE")),
                Arguments.of("English outlet: Guardian-style photograph credit, Getty credit, source line", """
                        Smoke rises over Khan Younis as fighting intensifies

                        Smoke rises over Khan Younis in the southern Gaza Strip. Photograph: Mohammed Salem/Reuters

                        Israeli forces pressed their offensive in the south of the territory on Monday.

                        Displaced Palestinians shelter at a school in Rafah on Sunday. Getty Images

                        Source: Reuters
                        """, List.of("HEADLINE", "CAPTION[Photograph: Mohammed Salem/Reuters]", "PARAGRAPH",
                        "CAPTION[Getty Images]", "SOURCE{Reuters}")),
                Arguments.of("Al Jazeera Arabic: paired captions, dash dateline, subheadings, source with agencies", """
                        الاحتلال يوسع عملياته في خان يونس وسط تحذيرات أممية

                        Palestinians inspect the damage after an Israeli strike in Rafah, February 12, 2024. REUTERS/Ibraheem Abu Mustafa
                        فلسطينيون يتفقدون الدمار بعد غارة إسرائيلية على رفح (رويترز)

                        غزة- واصل جيش الاحتلال الإسرائيلي قصفه لمناطق متفرقة من القطاع، وسط تحذيرات من كارثة إنسانية.

                        وقالت وزارة الصحة إن عدد الشهداء ارتفع إلى 28 ألفا.

                        مخاوف من اجتياح رفح

                        وحذرت الأمم المتحدة من أن أي هجوم على رفح سيؤدي إلى مجزرة.

                        المصدر : الجزيرة + وكالات
                        """, List.of("HEADLINE", "CAPTION[REUTERS/Ibraheem Abu Mustafa]", "CAPTION[رويترز]",
                        "PARAGRAPH@غزة", "PARAGRAPH", "SUBHEADING", "PARAGRAPH", "SOURCE{الجزيرة + وكالات}")),
                Arguments.of("Asharq Al-Awsat: colon dateline with the paper in guillemets, AFP caption in Arabic", """
                        واشنطن تبحث الرد على هجوم الأردن

                        لندن: «الشرق الأوسط» قالت الإدارة الأميركية إنها تدرس خيارات الرد على الهجوم الذي استهدف قاعدة عسكرية.

                        جنود أميركيون في قاعدة عسكرية شمال شرقي سوريا (أ.ف.ب)

                        وأضاف المسؤول أن الرد سيكون متعدد المراحل.
                        """, List.of("HEADLINE", "PARAGRAPH@لندن", "CAPTION[أ.ف.ب]", "PARAGRAPH")),
                Arguments.of("Reuters Arabic: agency dateline and the Arabic desk's credits line", """
                        العراق يقول إن الضربات الأميركية انتهاك لسيادته

                        بغداد (رويترز) - قالت الحكومة العراقية يوم السبت إن الضربات الأميركية على مواقع في البلاد تمثل انتهاكا لسيادتها.

                        وقال متحدث باسم الحكومة إن 16 شخصا قتلوا.

                        (إعداد محمد علي للنشرة العربية - تحرير سها جادو)
                        """, List.of("HEADLINE", "PARAGRAPH@بغداد", "PARAGRAPH", "BOILERPLATE")),
                Arguments.of("Arabic caption first, English second, Anadolu and AFP credits", """
                        قصف على دير البلح

                        فلسطينيون يبحثون بين الأنقاض عن ناجين في دير البلح (الأناضول)
                        Palestinians search for survivors in Deir al-Balah. AFP

                        وقال الدفاع المدني إن فرقه انتشلت جثامين 12 شخصا.
                        """, List.of("HEADLINE", "CAPTION[الأناضول]", "CAPTION[AFP]", "PARAGRAPH")),
                Arguments.of("an agency notice after the credit becomes boilerplate of its own", """
                        A man walks past a damaged building in Kharkiv, Ukraine, May 3, 2024. REUTERS/Vyacheslav Madiyevskyy NO RESALES. NO ARCHIVES.
                        رجل يمر بجوار مبنى متضرر في خاركيف (رويترز)

                        قال مسؤولون إن القصف استمر طوال الليل.
                        """, List.of("CAPTION[REUTERS/Vyacheslav Madiyevskyy]", "BOILERPLATE", "CAPTION[رويترز]",
                        "PARAGRAPH")),
                Arguments.of("a dateline on a line of its own", """
                        BEIRUT (Reuters) -
                        Israeli strikes hit southern Lebanon on Monday, security sources said.
                        """, List.of("DATELINE@BEIRUT", "PARAGRAPH")),
                Arguments.of("a paragraph that names an agency is no caption; a verb before a dash is no dateline", """
                        قال الرئيس - في كلمة متلفزة - إن البلاد لن تنجر إلى الحرب.

                        Officials told Reuters on Monday that talks would resume. They gave no date.

                        وأكد مصدر لوكالة رويترز أن المفاوضات ستستأنف.
                        """, List.of("PARAGRAPH", "PARAGRAPH", "PARAGRAPH")),
                Arguments.of("a one-paragraph article has no headline", """
                        The ceasefire took effect at dawn on Friday, officials said.
                        """, List.of("PARAGRAPH")),
                Arguments.of("one paragraph per line, without blank lines", """
                        الجيش يعلن السيطرة على المدينة
                        أعلن الجيش السيطرة الكاملة على المدينة بعد معارك استمرت أسابيع، بحسب بيان رسمي صدر مساء الخميس.
                        وقال المتحدث العسكري إن القوات بدأت عمليات التمشيط في الأحياء الشرقية.
                        """, List.of("HEADLINE", "PARAGRAPH", "PARAGRAPH")),
                Arguments.of("hard-wrapped wire copy is joined back into paragraphs", """
                        Ships diverted as Red Sea attacks continue

                        LONDON (Reuters) - Shipping companies diverted more vessels away from
                        the Red Sea on Thursday after fresh attacks on merchant ships, raising
                        costs for global trade, industry sources said.
                        """, List.of("HEADLINE", "PARAGRAPH@LONDON")),
                Arguments.of("Getty and Reuters file-photo credits, EPA credit, a subheading between English paragraphs", """
                        Strikes hit Iran-backed groups in Iraq and Syria

                        JERUSALEM, Jan. 30 — The strikes began shortly after dark, officials said.

                        Smoke rises after a strike in Al-Qaim, Iraq. (Photo by Ahmad Al-Rubaye/AFP via Getty Images)

                        Strikes in Syria

                        A U.S. official said targets in Syria included command centres.

                        A general view of the Ain al-Asad air base, Iraq, December 29, 2019. REUTERS/Thaier Al-Sudani/File Photo

                        Members of the Popular Mobilization Forces attend a funeral in Baghdad, Iraq, 03 February 2024. EPA-EFE/AHMED JALIL
                        """, List.of("HEADLINE", "PARAGRAPH@JERUSALEM",
                        "CAPTION[Photo by Ahmad Al-Rubaye/AFP via Getty Images]", "SUBHEADING", "PARAGRAPH",
                        "CAPTION[REUTERS/Thaier Al-Sudani/File Photo]", "CAPTION[EPA-EFE/AHMED JALIL]")),
                Arguments.of("Al Arabiya and AFP Arabic datelines, archive credit", """
                        مقتل قيادي في غارة على بيروت

                        بيروت (أ ف ب) - قتل قيادي بارز في غارة استهدفت الضاحية الجنوبية لبيروت مساء الثلاثاء.

                        صورة من موقع الغارة في الضاحية الجنوبية (الفرنسية - أرشيف)

                        وقال مصدر أمني إن الغارة نفذتها طائرة مسيرة.
                        """, List.of("HEADLINE", "PARAGRAPH@بيروت", "CAPTION[الفرنسية - أرشيف]", "PARAGRAPH")),
                Arguments.of("Al Arabiya: the outlet after the dateline's dash", """
                        دبي - العربية.نت: أعلنت السلطات عن خطة جديدة لتنظيم حركة السير في المدينة.
                        """, List.of("PARAGRAPH@دبي")),
                Arguments.of("read-also links, share lines and publication lines are boilerplate", """
                        ارتفاع حصيلة ضحايا الزلزال

                        نُشر في 12/2/2024

                        ارتفعت حصيلة ضحايا الزلزال إلى أكثر من 300 قتيل وفق السلطات المحلية.

                        اقرأ أيضا

                        شارك

                        Read more:
                        """, List.of("HEADLINE", "BOILERPLATE", "PARAGRAPH", "BOILERPLATE", "BOILERPLATE",
                        "BOILERPLATE")),
                Arguments.of("subscription prompts, newsletter sign-ups and skip links are boilerplate", """
                        Inside the race to rebuild the grid

                        Every summer millions of Iraqis lose power for hours at a time as temperatures climb.

                        Story continues below advertisement

                        Subscribe to continue reading this article and get unlimited access.

                        Read the full story

                        Already a subscriber? Sign in

                        Sign up for our Middle East newsletter

                        skip past newsletter promotion

                        Related: Iraq's drought drives farmers to the cities

                        لقراءة المقال كاملا

                        اشترك في النشرة البريدية

                        5 min read

                        مدة القراءة: 4 دقائق

                        By Ali Hassan | 12 March 2024
                        """, List.of("HEADLINE", "PARAGRAPH", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE",
                        "BOILERPLATE", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE", "BOILERPLATE",
                        "BOILERPLATE", "BOILERPLATE")),
                Arguments.of("a sentence that only mentions subscribing is no prompt", """
                        Subscribers to the service said they would continue reading the reports despite the price rise.
                        """, List.of("PARAGRAPH")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articleReadsIntoItsStructure(String style, String text, List<String> expected) {
        assertEquals(expected, Reading.shape(Reading.text(text)));
    }
}
