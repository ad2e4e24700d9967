# Turkish, German, French, Spanish and Russian stories for the thirty-fourth held-out part (h34-*) of the newsflow
# extraction set. Fictional; written for newsflow. Same markup and fields as articles_h34_en.py.
ARTICLES = [
dict(id="h34-tr-001", lang="tr", tpl="wordpress", section="Spor", date="2026-05-18", byline="Tolga Aydınlı",
     title="Karaçam Gençlikspor 23 yıl sonra Bölgesel Amatör Lig'de",
     sub="On kişi kalan takım, play-off finalini uzatmalarda kazandı.",
     caption="Karaçam Gençlikspor oyuncuları final düdüğünün ardından.", credit="Fotoğraf: Tolga Aydınlı",
     carry=["odds", "scores"],
     look=[("dropcap", "Karaçam Gençlikspor, pazar günü"), ("br", "Galibiyet golünü 112. dakikada")],
     body="""
Karaçam Gençlikspor, pazar günü oynanan play-off finalinde Demirtaş Belediyespor'u uzatmalarda 2-1 yenerek 23 yıl aradan sonra Bölgesel Amatör Lig'e yükseldi.

İlçe stadında oynanan maçı yaklaşık 2 bin kişi izledi. Karaçam, 54. dakikada kalecisi Oğuz Tekin'in kırmızı kart görmesiyle on kişi kaldı, ancak skoru koruyarak maçı uzatmalara taşımayı başardı.

Galibiyet golünü 112. dakikada, takımın en genç oyuncusu olan 17 yaşındaki Emir Çelebi attı.

Sezonu 24 maçta 19 galibiyetle tamamlayan Karaçam, ligin en az gol yiyen takımı oldu. Takımın kalesinde yedek kaleci olarak başlayıp ilk on birde yer alan Tekin, sezon boyunca yalnızca 11 gol gördü.

Teknik direktör Nevzat Ulusoy, oyuncularının çoğunun gündüz çalışıp akşam antrenmana geldiğini hatırlattı. "Bu takımda fırıncı da var, öğrenci de, oto tamircisi de. Bu başarı hepsinin," dedi.

Kulüp başkanı Halil Durmaz ise yeni sezon öncesinde belediyeden soyunma odalarının yenilenmesini ve tribünlere sundurma yapılmasını istediklerini söyledi.

Kulübün yeni ligdeki ilk maçını eylül ayında oynaması bekleniyor. Kulüp, iç saha maçlarını internetten canlı yayınlamayı planladığını açıkladı ve taraftarlarından kulübün resmi sosyal medya hesaplarını takip etmelerini istedi.
"""),

dict(id="h34-tr-002", lang="tr", tpl="legacy-br", section="Sağlık", date="2026-01-20", byline="Nermin Kocabaş",
     title="Güneyyaka'da gece açık eczane sayısı bire düşüyor",
     sub="Eczacı Odası nöbet düzenini değiştirdi, köylerde yaşayanlar tedirgin.",
     caption="Çarşı Mahallesi'ndeki bir eczanenin kapısındaki nöbet listesi.", credit="Fotoğraf: Nermin Kocabaş",
     carry=["pharmacy"],
     body="""
Güneyyaka'da 1 Şubat'tan itibaren geceleri yalnızca bir eczane açık olacak. Eczacı Odası, gece nöbetindeki eczane sayısını ikiden bire indirdi.

Oda Başkanı Recep Aydemir, gece yarısından sonra iki eczaneye gelen müşteri sayısının çoğu gece on kişiyi geçmediğini, kalfa ve teknisyen bulmanın da giderek zorlaştığını söyledi. İlçede son bir yılda dört eczane kapandı.

**Yeni nöbet düzeni**

Odanın açıkladığı düzenlemeye göre:

- Hafta içi tek eczane 19.00'dan sabah 08.30'a kadar açık kalacak
- Hafta sonu gündüz nöbetinde yine iki eczane bulunacak
- Nöbetçi eczanenin adı her eczanenin kapısına asılacak
- Liste belediyenin internet sitesinde de yayımlanacak

Karar özellikle çevre köylerde yaşayanları tedirgin etti. Kuzeyköy'de oturan emekli öğretmen Nuriye Balcı, "Gece ilaç lazım olursa artık 20 kilometre yol gideceğiz. Arabası olmayan ne yapacak?" dedi.

Devlet Hastanesi yönetimi ise acil servise gelen hastalara, reçeteli ilaçların ilk dozunun gece boyunca hastaneden verilebileceğini hatırlattı. Hastane, bu uygulamanın yalnızca acil serviste muayene olan hastalar için geçerli olduğunu vurguladı.

Eczacı Odası, yeni düzenin üç ay sonra yeniden değerlendirileceğini ve gerekirse gece nöbetine ikinci eczanenin geri alınacağını açıkladı.
"""),

dict(id="h34-tr-003", lang="tr", tpl="drupal", site="Yeşilova Belediyesi", kind="public", section="Duyurular",
     date="2026-03-04", byline="Basın Yayın Müdürlüğü",
     title="Su kesintileri artık cep telefonuna bildirilecek",
     sub="Aboneler, kesintilerden en az 24 saat önce haberdar edilecek.",
     caption="Su ve Kanalizasyon Müdürlüğü ekipleri Bahçelievler'de çalışırken.", credit="Fotoğraf: Yeşilova Belediyesi",
     carry=["map"], avoid=["comments", "moderation"],
     look=[("box", "Akıllı telefonu olmayan")],
     body="""
Yeşilova Belediyesi, planlı ve arıza kaynaklı su kesintilerini abonelere cep telefonu uygulaması ve kısa mesajla bildirmeye başladı.

Yeni sistemde planlı kesintiler, etkilenen mahallelerdeki abonelere en az 24 saat önce, arızalar ise ekiplerin sahaya çıkmasıyla birlikte bildiriliyor. Bildirimde kesintinin başlama ve tahmini bitiş saati de yer alıyor.

Su ve Kanalizasyon Müdürü Serkan Öztürk, geçen yıl 1.400'den fazla vatandaşın kesintiler hakkında bilgi almak için çağrı merkezini aradığını, yeni sistemle bu yükün azalmasını beklediklerini söyledi.

## Nasıl kayıt olunur?

Bildirim almak isteyen aboneler şu adımları izlemeli:

1. Yeşilova Belediyesi uygulamasını indirin
2. Abone numaranızı ve telefon numaranızı girin
3. Kesinti bildirimlerini açın

Akıllı telefonu olmayan vatandaşlar, abone numaralarıyla birlikte 153'ü arayarak kısa mesaj listesine kaydolabilir.

Abone numarası, su faturasının sağ üst köşesinde yazıyor.

Belediye, sistemin ilk aşamada merkezdeki 14 mahallede uygulanacağını, nisan ayından itibaren köylerdeki abonelerin de kapsama alınacağını açıkladı. Uzun süren kesintilerde su tankerlerinin nerede bekleyeceği de bildirimlerde yer alacak.

Belediye, kesintilerle ilgili duyuruları resmi sosyal medya hesaplarından da paylaşacağını belirterek vatandaşlardan bu hesapları takip etmelerini istedi.
"""),

dict(id="h34-de-001", lang="de", tpl="nuxt", site="Wernitztaler Tagespost", section="Wernitz und Umland", date="2026-02-24",
     byline="Kathrin Obermaier",
     title="Zulassungsstelle Wernitz nur noch mit Termin",
     sub="Die offene Sprechstunde fällt weg. Was Autofahrerinnen und Autofahrer jetzt wissen müssen.",
     caption="Wartende vor der Kfz-Zulassungsstelle im Landratsamt Wernitz.", credit="Foto: Kathrin Obermaier",
     carry=["motors"],
     look=[("highlight", "Termine gibt es online"), ("factbox", "Das bitte mitbringen"), ("box", "Die Verbraucherzentrale weist")],
     body="""
Wer in Wernitz ein Auto an-, ab- oder ummelden will, braucht vom 1. April an einen Termin. Die Kfz-Zulassungsstelle des Landkreises schafft die offene Sprechstunde ab, in der Kundinnen und Kunden bislang oft zwei Stunden und länger gewartet haben.

Termine gibt es online, telefonisch oder am Empfang im Landratsamt. Nach Angaben des Landkreises werden pro Tag rund 180 Termine vergeben, freitags nachmittags zusätzlich 40 für Autohäuser.

**Was sich für Autofahrer ändert**

- Keine Vorsprache mehr ohne Termin
- Termine online, telefonisch oder am Empfang buchen
- Wunschkennzeichen vorab im Internet reservieren

## Das bitte mitbringen

- Personalausweis oder Reisepass
- Zulassungsbescheinigung Teil I und II
- eVB-Nummer der Versicherung
- Bericht über die letzte Hauptuntersuchung

Landrat Gerhard Pflügl sagte, die Wartezeiten seien im vergangenen Sommer nicht mehr zumutbar gewesen. „Niemand soll sich mehr einen halben Tag Urlaub nehmen müssen, um ein Auto abzumelden“, sagte er.

Die Verbraucherzentrale weist darauf hin, dass private Zulassungsdienste ihre Hilfe weiterhin gegen Gebühr anbieten dürfen. Nötig sei das nicht, die meisten Vorgänge ließen sich auch online erledigen.

## Kritik vom Kfz-Gewerbe

Die Kfz-Innung befürchtet, dass Händler bei kurzfristigen Verkäufen länger auf Termine warten müssen. Der Landkreis will die Zahl der Termine für Autohäuser nach drei Monaten überprüfen.

Termine lassen sich auch über die App des Landkreises buchen, die am Vortag an den Termin erinnert.
"""),

dict(id="h34-de-002", lang="de", tpl="gutenberg", section="Gemeinde", date="2026-03-23", byline="Florian Weidacher",
     title="Bürgerentscheid: Hallenbad in Mühlried bleibt offen",
     sub="Zwei Drittel stimmen gegen die Schließung. Die Bürgermeisterin muss nun Geld für die Sanierung finden.",
     caption="Das Hallenbad Mühlried wurde 1974 eröffnet.", credit="Foto: Florian Weidacher",
     look=[("dropcap", "Das Hallenbad in Mühlried"), ("box", "Das Ergebnis ist für den Gemeinderat")],
     body="""
Das Hallenbad in Mühlried wird nicht geschlossen. Beim Bürgerentscheid am Sonntag stimmten 68,4 Prozent der Wählerinnen und Wähler für den Erhalt des Bades. Die Wahlbeteiligung lag bei 41 Prozent und damit deutlich über dem nötigen Quorum von 20 Prozent.

Der Gemeinderat hatte im Herbst mit knapper Mehrheit beschlossen, das Bad wegen der Sanierungskosten von 7,2 Millionen Euro zu schließen. Eine Bürgerinitiative sammelte daraufhin 2.300 Unterschriften.

Das Ergebnis ist für den Gemeinderat drei Jahre lang bindend.

## Drei Fragen an Bürgermeisterin Anke Roloff

**Frau Roloff, sind Sie enttäuscht?**

Nein. Die Bürgerinnen und Bürger haben entschieden, und das gilt. Ich hätte mir nur gewünscht, dass wir vorher offener über das Geld gesprochen hätten.

**Woher kommt das Geld jetzt?**

Wir beantragen Fördermittel beim Land und verschieben den Neubau des Bauhofs um zwei Jahre. Steuererhöhungen schließe ich aus.

**Wann wird saniert?**

Frühestens im Sommer 2027. Bis dahin bleibt das Bad geöffnet, mit den gewohnten Zeiten für Schulen und Vereine.

Die Bürgerinitiative kündigte an, einen Förderverein zu gründen, der Spenden für die Sanierung sammeln soll. Die erste Versammlung ist für den 9. April im Gasthaus Zur Linde geplant.
"""),

dict(id="h34-de-003", lang="de", tpl="chunks", section="Sport", date="2026-03-30", byline="Marco Ehrenreich",
     title="HSG Lindenhain steht im Pokal-Halbfinale",
     sub="Der Drittligist schlägt den Zweitligisten TV Auerbach vor ausverkaufter Halle.",
     caption="Torhüter Malte Ebersbach nach dem Schlusspfiff.", credit="Foto: Marco Ehrenreich",
     carry=["odds", "scores"], section_tag=True, choose={"section": 0},
     look=[("br", "Trainer Uwe Scharnhorst"), ("italic", "„Wir waren 50 Minuten")],
     body="""
Die Handballer der HSG Lindenhain stehen zum ersten Mal im Halbfinale des Landespokals. Der Drittligist gewann am Samstagabend das Viertelfinale gegen den Zweitligisten TV Auerbach mit 31:29 (14:16).

Vor 1.850 Zuschauern in der ausverkauften Sporthalle am Ring lag Lindenhain bis zur 50. Minute zurück. Dann parierte Torhüter Malte Ebersbach zwei Siebenmeter in Folge, und Linksaußen Jonas Pietsch traf dreimal hintereinander.

Trainer Uwe Scharnhorst sprach danach vom „besten Abend seit Jahren“.

„Wir waren 50 Minuten lang die schlechtere Mannschaft. Aber die Halle hat uns getragen“, sagte er.

Für die HSG ist der Pokal ein Zubrot: In der Liga steht die Mannschaft auf dem siebten Platz, der Klassenerhalt ist seit zwei Wochen sicher.

Das Halbfinale findet am 18. April in Lindenhain statt. Gegner ist der Sieger der Partie zwischen Blau-Weiß Osterburg und dem HC Seewald, die am Mittwoch nachgeholt wird.

Der Verein rechnet wieder mit einer ausverkauften Halle. Karten gibt es nur online. Wer rechtzeitig Bescheid wissen will, solle sich für den Newsletter der HSG anmelden, teilte der Vorstand mit.
"""),

dict(id="h34-fr-001", lang="fr", tpl="ghost", section="Culture", date="2026-02-17", byline="Élodie Ferrand",
     title="La médiathèque de Valbrune supprime les pénalités de retard",
     sub="Fini les amendes : la commune mise sur les rappels par courriel.",
     caption="L'espace jeunesse de la médiathèque de Valbrune.", credit="Photo : Élodie Ferrand",
     carry=["calendar"],
     look=[("callout", "Les documents perdus ou abîmés")],
     body="""
Les lecteurs de la médiathèque de Valbrune qui rendent leurs livres en retard n'auront plus à payer d'amende à partir du 1er mars. Le conseil municipal a voté la mesure à l'unanimité lundi soir.

Jusqu'ici, chaque jour de retard coûtait 15 centimes par document. Les pénalités rapportaient environ 1 900 euros par an à la commune, soit moins que le temps passé par les agents à les encaisser, selon la directrice, Sandrine Lemaire.

« Nous avons perdu des lecteurs pour quelques euros. Des familles n'osaient plus revenir parce qu'un enfant avait oublié un album sous son lit », explique-t-elle.

## Ce qui change le 1er mars

- Plus aucune amende pour les retards
- Un rappel par courriel au bout de trois semaines
- Le compte est suspendu au-delà de deux mois, jusqu'au retour des documents

Les documents perdus ou abîmés resteront à rembourser, au prix d'achat.

La médiathèque a enregistré 3 100 inscrits l'an dernier. Elle espère en compter 500 de plus d'ici la fin de l'année, notamment parmi les familles du quartier des Tilleuls.

Pour connaître les animations du mois, la médiathèque invite les habitants à s'abonner à sa lettre d'information et à suivre sa page Facebook.
"""),

dict(id="h34-fr-002", lang="fr", tpl="fusion", section="Politique", date="2026-06-15", byline="Julien Maréchal",
     title="Partielle à Saint-Aubin-des-Prés : la liste de Claire Vernet l'emporte",
     sub="La nouvelle majorité obtient quinze sièges sur dix-neuf dès le premier tour.",
     caption="Le dépouillement à la salle des fêtes de Saint-Aubin-des-Prés.", credit="Photo : Julien Maréchal",
     look=[("factbox", "Les résultats"), ("bold", "Pourquoi vous présenter maintenant ?"),
           ("bold", "Votre première décision ?"), ("bold", "Et l'opposition ?")],
     body="""
La liste « Saint-Aubin ensemble », conduite par Claire Vernet, a remporté dimanche l'élection municipale partielle organisée après la démission de onze conseillers en décembre. Elle a obtenu 54,6 % des voix dès le premier tour.

La participation a atteint 61 %, un chiffre élevé pour une partielle dans cette commune de 2 300 habitants.

## Les résultats

- « Saint-Aubin ensemble » (Claire Vernet) : 54,6 %, 15 sièges
- « Agir pour Saint-Aubin » (Bruno Lacoste) : 45,4 %, 4 sièges

Le conseil municipal se réunira samedi pour élire le maire. Claire Vernet, 47 ans, infirmière libérale, devrait l'emporter sans difficulté.

Nous l'avons interrogée au lendemain du scrutin.

Pourquoi vous présenter maintenant ?

« Parce que la commune était bloquée depuis des mois. Plus aucun budget ne passait. Il fallait que quelqu'un se lance. »

Votre première décision ?

« Rouvrir la cantine le mercredi. C'est ce que les parents m'ont demandé le plus souvent pendant la campagne. »

Et l'opposition ?

« Bruno Lacoste a fait une campagne correcte. Je lui proposerai de présider la commission des travaux. »
"""),

dict(id="h34-fr-003", lang="fr", tpl="hugo", section="Économie", date="2026-03-09", byline="Bastien Laborie",
     title="Carburant à prix coûtant : files d'attente au supermarché de Montvalent",
     sub="Plus de 800 véhicules se sont arrêtés samedi à la station du magasin.",
     caption="La file d'attente devant la station du supermarché, samedi matin.", credit="Photo : Bastien Laborie",
     carry=["motors"],
     look=[("highlight", "Dans ce secteur rural")],
     body="""
Plus de 800 véhicules se sont arrêtés samedi à la station du supermarché de Montvalent, qui vendait son carburant à prix coûtant pendant tout le week-end. Le gazole y était affiché à 1,59 euro le litre, contre 1,74 euro en moyenne dans le département.

La file d'attente a débordé sur la route départementale une bonne partie de la matinée, et les gendarmes sont venus réguler la circulation au rond-point.

Le directeur du magasin, Philippe Arnaud, assume une opération commerciale. « Nous ne gagnons rien sur l'essence ce week-end, mais les clients font leurs courses en passant », dit-il.

Dans ce secteur rural, où la plupart des habitants font plus de 30 kilomètres par jour pour aller travailler, le prix du carburant pèse lourd. Aide-soignante à Lacapelle, Nadia Cros fait le plein deux fois par semaine : « Sur un mois, quinze centimes d'écart, ça fait presque trente euros. »

L'opération sera renouvelée les week-ends suivants :

- 14 et 15 mars
- 11 et 12 avril
- 9 et 10 mai

Le magasin conseille d'éviter le samedi matin et de venir plutôt en fin de journée, quand l'attente ne dépasse pas dix minutes.
"""),

dict(id="h34-es-001", lang="es", tpl="amp", section="Comarca", date="2026-04-07", byline="Lorena Saavedra",
     title="La ITV de Villanueva de la Vega abrirá por las tardes y solo con cita previa",
     sub="La concesionaria quiere acabar con las colas de los lunes por la mañana.",
     caption="Coches esperando turno en la estación de ITV de Villanueva de la Vega.", credit="Foto: Lorena Saavedra",
     carry=["motors"],
     look=[("italic", "El jefe de la estación")],
     body="""
La estación de ITV de Villanueva de la Vega abrirá también por las tardes a partir del 4 de mayo y dejará de atender a conductores sin cita previa. Con el cambio, la concesionaria quiere acabar con las colas de hasta dos horas que se forman los lunes a primera hora.

La estación revisa unos 34.000 vehículos al año, entre turismos, motos, furgonetas y maquinaria agrícola. Hasta ahora solo abría de ocho de la mañana a tres de la tarde.

**Lo que cambia**

- Horario de 8:00 a 20:00, de lunes a viernes
- Solo se atenderá con cita previa
- Los tractores tendrán una línea propia los martes y jueves

El jefe de la estación, Anselmo Rubio, explicó que la mayoría de los rechazos se deben a fallos que el propio conductor puede revisar antes de venir: luces fundidas, neumáticos gastados o escobillas rotas.

«Mucha gente viene dos veces por una bombilla de tres euros», dijo.

Las organizaciones agrarias celebraron la línea para tractores, que hasta ahora esperaban en la misma cola que los coches y las furgonetas.

La cita se puede pedir por teléfono o en la aplicación de la concesionaria, que también avisa con un mensaje cuando se acerca la fecha de la próxima inspección. Quien no tenga móvil podrá seguir pidiéndola en la propia estación.
"""),

dict(id="h34-es-002", lang="es", tpl="portal", section="Cultura", date="2026-11-12", byline="Rubén Escudero",
     title="Un maestro jubilado recoge 3.200 palabras del habla de la comarca",
     sub="Julián Barroso presenta el viernes el diccionario en el que ha trabajado once años.",
     caption="Julián Barroso, con las fichas de su diccionario.", credit="Foto: Rubén Escudero",
     low=0,
     body="""
Julián Barroso, maestro jubilado de 74 años, ha pasado once años recogiendo palabras del habla de la Tierra de Alcanda. El resultado es un diccionario de 3.200 entradas que presenta este viernes en la casa de cultura.

Hablamos con él en su casa, entre cajas de fichas escritas a mano.

**¿Por qué empezó?**

Porque mi nieta no entendía a su bisabuela. Ella decía palabras que la niña no había oído nunca, y se quedaba mirándola. Pensé que si no las apuntaba nadie, se perderían.

**¿Cómo ha trabajado?**

Con una libreta y mucha paciencia. He hablado con más de 200 personas mayores de los pueblos, casi siempre a la puerta de casa o en el bar.

**¿Una palabra favorita?**

«Jarpazo», el ruido que hace un chaparrón de golpe sobre un tejado de chapa. No tiene traducción.

**¿Y ahora?**

Ahora quiero que lo lean los chavales. He regalado un ejemplar a cada colegio de la comarca.

El diccionario se ha editado con ayuda de la diputación y se venderá a 15 euros en las librerías de la comarca. Lo recaudado irá al archivo municipal.
"""),

dict(id="h34-es-003", lang="es", tpl="quintype", section="Pedanías", date="2026-05-25", byline="Inmaculada Roca",
     title="Rosario Menéndez, primera mujer al frente de la pedanía de Los Cerrillos",
     sub="Ganó las elecciones a alcaldesa pedánea con 318 votos y una participación récord.",
     caption="Rosario Menéndez, tras conocer el resultado en el local social.", credit="Foto: Inmaculada Roca",
     carry=["pharmacy"],
     look=[("highlight", "Votaron 571 de los 804")],
     body="""
Rosario Menéndez será la primera mujer al frente de la pedanía de Los Cerrillos. La vecina, de 52 años, ganó el domingo las elecciones a alcaldesa pedánea con 318 votos, frente a los 241 de su único rival, Andrés Fuster.

Votaron 571 de los 804 vecinos censados, un 71 %. Es la participación más alta desde que se celebran estas elecciones en la pedanía.

Los resultados, según el acta de la mesa electoral:

- Rosario Menéndez: 318 votos
- Andrés Fuster: 241 votos
- En blanco: 9
- Nulos: 3

Menéndez, administrativa en una empresa de transportes, se presentó con un programa centrado en el consultorio médico, que solo abre dos mañanas por semana, y en el arreglo del camino de la Fuente Vieja.

«Lo primero será pedir al Ayuntamiento que el médico venga tres días. Lo del camino lo sabe todo el mundo, llevamos diez años esperando», dijo tras conocer el resultado.

Fuster, que había sido pedáneo durante dos mandatos, la felicitó en la puerta del local social y se ofreció a ayudarla con el traspaso.

Tomará posesión el 2 de junio.
"""),

dict(id="h34-ru-001", lang="ru", tpl="table", section="Транспорт", date="2026-02-19", byline="Елена Сафронова",
     title="С 1 марта меняется расписание пригородных автобусов",
     sub="На трёх маршрутах станет меньше рейсов, к больнице — больше.",
     caption="Автостанция в Заречном.", credit="Фото: Елена Сафронова",
     low=1, only=["correction"],
     correction="Поправка: в первой версии материала был неверно указан номер маршрута до районной больницы. Правильный номер — 115.",
     look=[("bold", "С 1 марта в Заречном районе")],
     body="""
С 1 марта в Заречном районе меняется расписание пригородных автобусов. Перевозчик сокращает число рейсов на трёх маршрутах и добавляет утренние рейсы на маршруте до районной больницы.

Как пояснили в администрации района, изменения связаны с тем, что на части рейсов в будни ездят по два-три пассажира, а субсидия из районного бюджета в этом году не выросла.

По данным перевозчика, за прошлый год пассажиропоток на пригородных маршрутах сократился почти на четверть. Больше всего пассажиров потерял маршрут до Ключей, где за последние пять лет закрылись школа и почта.

## Что изменится с 1 марта

- Автобус № 104 до Ключей будет ходить четыре раза в день вместо шести
- На маршруте № 112 отменяется последний вечерний рейс
- Маршрут № 115 до больницы получит два новых рейса, в 6:40 и в 7:20

Жители Ключей уже собирают подписи против сокращения. «Последний автобус из города уходит в 17:10. Кто работает до шести, домой уже не попадёт», — говорит Галина Пермякова.

В администрации обещают вернуться к вопросу через три месяца, если пассажиров станет больше.

Полное расписание вывешено на остановках и на автостанции.
"""),

dict(id="h34-ru-002", lang="ru", tpl="bitrix", section="Выборы", date="2026-03-16", byline="Андрей Крутиков",
     title="Главой Сосновского сельского поселения избран Виктор Бережной",
     sub="На досрочных выборах фермер набрал 58 процентов голосов.",
     caption="Подсчёт голосов на участке в Сосновке.", credit="Фото: Андрей Крутиков",
     carry=["pharmacy"],
     look=[("br", "Явка составила 39 %")],
     body="""
Новым главой Сосновского сельского поселения стал 45-летний фермер Виктор Бережной. На досрочных выборах в воскресенье за него проголосовали 58 % избирателей, сообщила территориальная избирательная комиссия.

Выборы понадобились после того, как прежний глава Николай Ступин в декабре ушёл в отставку по состоянию здоровья.

Явка составила 39 %. В поселении, куда входят семь деревень, зарегистрировано 2 140 избирателей.

Результаты кандидатов:

- Виктор Бережной — 58,2 %
- Ольга Тарасова — 33,5 %
- Павел Гуров — 6,1 %

Бережной пообещал в первую очередь заняться ремонтом дороги до деревни Малые Ключи и вернуть фельдшерский пункт, который закрыт с осени.

«Люди голосовали не за меня, а за дорогу. Если через год её не будет, пусть спрашивают с меня», — сказал он после объявления итогов.

Ольга Тарасова, директор сельской школы, поздравила соперника и заявила, что её сторонники продолжат работу в совете депутатов поселения.

Жалоб на нарушения избирательная комиссия не получила. В трёх деревнях впервые работали выездные урны для пожилых избирателей, ими воспользовались 146 человек.

Вступление в должность назначено на 15 апреля.
"""),

dict(id="h34-ru-003", lang="ru", tpl="nextjs", section="Спорт", date="2026-03-17", byline="Дмитрий Солодов",
     title="«Металлург» из Заводска вышел в финал первенства области",
     sub="Решающую шайбу в овертайме забросил 19-летний Артём Лыков.",
     caption="Хоккеисты «Металлурга» после победного гола.", credit="Фото: Дмитрий Солодов",
     carry=["odds", "scores"], section_tag=True, choose={"section": 0},
     look=[("bold", "Главный тренер Сергей Вахрушев")],
     body="""
Хоккеисты заводского «Металлурга» впервые за двенадцать лет вышли в финал первенства области. В пятой, решающей игре полуфинала команда обыграла «Вымпел» из Берёзовки со счётом 4:3 в овертайме.

Победную шайбу на 67-й минуте забросил 19-летний нападающий Артём Лыков. Для него это был первый гол в плей-офф.

На матч во дворец спорта «Ледовый» пришли почти 1 900 зрителей. Мест на трибунах не хватило, часть болельщиков смотрела игру стоя.

Главный тренер Сергей Вахрушев признался, что команда держалась на характере. «У нас половина ребят днём работает на заводе. Они выходят на лёд после смены», — сказал он.

Расписание финальной серии:

- 21 марта — в Заводске
- 23 марта — в Заводске
- 27 марта — на выезде
- 29 марта — на выезде

Соперник определится в среду, когда в Лесогорске пройдёт пятый матч второй полуфинальной пары.

Клуб будет транслировать все матчи финала и просит болельщиков подписаться на его канал в Telegram, где заранее появятся ссылки на трансляции и новости о продаже билетов.
"""),
]
